package org.extramile.web.platform;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the fields of a class, and the fields of every type they hold (records, collections' elements,
 * sealed interfaces' implementations), for a type that Java serialization would refuse at run time.
 */
final class SerializableState {

    /** Declared as these, a field holds whatever the code put in it: the elements are what is checked. */
    private static final Set<Class<?>> CONTAINERS = Set.of(Collection.class, List.class, Set.class, Map.class);

    private final List<String> problems = new ArrayList<>();
    private final Set<Class<?>> visited = new HashSet<>();

    private SerializableState() {}

    /** Every field path whose type cannot be serialized, e.g. "RolePlayPage.view.turns<>.card: ...". */
    static List<String> problemsOf(Class<?> type) {
        SerializableState walk = new SerializableState();
        walk.checkType(type, type.getSimpleName());
        return walk.problems;
    }

    private void checkType(Type type, String path) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>");
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                checkType(bound, path);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]");
        } else if (type instanceof Class<?> plain) {
            checkClass(plain, path);
        }
    }

    private void checkClass(Class<?> type, String path) {
        if (type.isPrimitive() || type.isEnum() || CONTAINERS.contains(type) || !visited.add(type)) {
            return;
        }
        if (type.isArray()) {
            checkType(type.getComponentType(), path + "[]");
        } else if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                checkClass(permitted, path + "(" + permitted.getSimpleName() + ")");
            }
        } else {
            if (!Serializable.class.isAssignableFrom(type)) {
                problems.add(path + ": " + type.getName() + " is not Serializable");
            }
            // On into the fields even so: one run names every type to mend, not one at a time.
            if (!type.isInterface() && !type.getName().startsWith("java.")) {
                checkFields(type, path);
            }
        }
    }

    private void checkFields(Class<?> type, String path) {
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                // Injected beans are Weld's business: it refuses to deploy a passivating bean whose
                // injected dependency is not passivation capable.
                boolean injected = field.isAnnotationPresent(Inject.class);
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !injected) {
                    checkType(field.getGenericType(), path + "." + field.getName());
                }
            }
        }
    }
}
