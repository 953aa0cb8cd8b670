package it.support;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
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

    /**
     * The WAR with settings of its own, for one test class: a library jar whose META-INF/microprofile-config.properties
     * ranks above the WAR's defaults (Payara reads every such file the application's class loader finds), so the
     * other test classes' servers never see them.
     */
    public static WebArchive extramile(Map<String, String> settings) {
        Properties properties = new Properties();
        properties.setProperty("config_ordinal", "150");
        properties.putAll(settings);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "Settings of one test class");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return extramile()
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "test-settings.jar")
                        .addAsManifestResource(new StringAsset(text.toString()), "microprofile-config.properties"));
    }
}
