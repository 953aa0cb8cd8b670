package it.support;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Domain;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.impl.base.exporter.zip.ZipStoredExporterImpl;

/** The WAR as built, deployed at the root context as in production, on a fresh database. */
public final class Deployments {

    /**
     * Archives that the Payara Micro connector writes out without compressing them again: it exports every deployment
     * with a {@link ZipExporter}, and deflating the 180 MB WAR (jars and the embedding model, compressed already)
     * took 10 to 15 s of each test class's start; stored, 3 s.
     */
    private static final Domain STORED = storedZips();

    private Deployments() {}

    public static WebArchive extramile() {
        return extramile(Map.of());
    }

    /**
     * The WAR on this test JVM's database, with settings of its own for one test class: a library jar whose
     * META-INF/microprofile-config.properties ranks above the WAR's defaults, the environment and the server's system
     * properties (Payara reads every such file the application's class loader finds), so neither the machine's
     * EXTRAMILE_DB_URL nor another test class's settings reach this class's server.
     */
    public static WebArchive extramile(Map<String, String> settings) {
        TestDatabase.recreate();
        // Payara Micro unpacks itself into java.io.tmpdir, which the tests keep under target/.
        new File(System.getProperty("extramile.test.tmp")).mkdirs();
        Properties properties = new Properties();
        properties.setProperty("config_ordinal", "500");
        properties.setProperty("extramile.db.url", TestDatabase.url());
        properties.setProperty("extramile.db.user", Objects.toString(TestDatabase.user(), ""));
        properties.setProperty("extramile.db.password", Objects.toString(TestDatabase.password(), ""));
        properties.putAll(settings);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "Settings of one test class");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        File war = new File(System.getProperty("extramile.war"));
        return STORED.getArchiveFactory()
                .create(ZipImporter.class, "ROOT.war")
                .importFrom(war)
                .as(WebArchive.class)
                .addAsLibrary(settingsJar(text.toString()), "test-settings.jar");
    }

    /**
     * The settings jar as bytes, zipped once. The stored exporter reads every entry twice (its CRC, then its bytes);
     * a nested archive would be zipped anew each time with the clock's time in its entries, and when a two-second
     * tick fell between the reads the CRC no longer matched and the deployment failed ("Failed to write asset").
     */
    private static Asset settingsJar(String properties) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        ShrinkWrap.create(JavaArchive.class)
                .addAsManifestResource(new StringAsset(properties), "microprofile-config.properties")
                .as(ZipExporter.class)
                .exportTo(zipped);
        return new ByteArrayAsset(zipped.toByteArray());
    }

    private static Domain storedZips() {
        Domain domain = ShrinkWrap.createDomain();
        domain.getConfiguration().getExtensionLoader().addOverride(ZipExporter.class, StoredZipExporter.class);
        return domain;
    }

    /** A {@link ZipExporter} that stores each entry as it is. */
    public static final class StoredZipExporter extends ZipStoredExporterImpl implements ZipExporter {

        public StoredZipExporter(Archive<?> archive) {
            super(archive);
        }
    }
}
