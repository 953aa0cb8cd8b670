package org.extramile.api.openapi;

import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The REST resource classes of the API, found where the API's classes are (its jar, or its classes folder in a
 * build): the application is scanned, so no list of them exists to keep.
 */
final class ResourceClasses {

    private static final String PACKAGE = "org/extramile/api/";

    private ResourceClasses() {}

    static List<Class<?>> of(Class<?> anchor) {
        List<String> names = new ArrayList<>();
        try {
            java.nio.file.Path location = Paths.get(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<java.nio.file.Path> files = Files.walk(location.resolve(PACKAGE))) {
                    files.map(file -> location.relativize(file).toString().replace(File.separatorChar, '/'))
                            .forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    Collections.list(jar.entries()).stream()
                            .map(JarEntry::getName)
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the API's classes", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the API's classes", e);
        }
        List<Class<?>> resources = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith(PACKAGE) && name.endsWith(".class") && !name.contains("$")) {
                String className =
                        name.substring(0, name.length() - ".class".length()).replace('/', '.');
                try {
                    Class<?> type = Class.forName(className, false, anchor.getClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        resources.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError skipped) {
                    // Not loadable here: not a resource this application serves.
                }
            }
        }
        return resources;
    }
}
