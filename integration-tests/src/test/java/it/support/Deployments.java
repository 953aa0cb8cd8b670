package it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR as built, deployed at the root context as in production, on a fresh database. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive extramile() {
        TestDatabase.recreate();
        // Payara Micro unpacks itself into java.io.tmpdir, which the tests keep under target/.
        new File(System.getProperty("extramile.test.tmp")).mkdirs();
        File war = new File(System.getProperty("extramile.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
