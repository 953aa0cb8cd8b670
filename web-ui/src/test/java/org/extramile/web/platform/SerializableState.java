package org.extramile.web.platform;

import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
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
import java.util.Arrays;
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

    /** Injected as Weld's own serializable implementations. */
    private static final Set<Class<?>> WELD_SERIALIZABLE = Set.of(Instance.class, Event.class);

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
            // An unbounded variable (Page<T>'s items) is checked where it is bound: "found<>" for Page<PersonView>.
            for (Type bound : variable.getBounds()) {
                if (bound != Object.class) {
                    checkType(bound, path);
                }
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

    /**
     * An injected normal-scoped bean is a client proxy, which serializes whatever the bean holds. Anything
     * else is serialized as it is, and Weld's check at deployment trusts a class that merely declares
     * Serializable: Payara's SecurityContext does, and holds fields that do not serialize.
     */
    private void checkInjected(Field field, String path) {
        Class<?> type = field.getType();
        boolean proxied = Arrays.stream(type.getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(NormalScope.class));
        if (!proxied && !WELD_SERIALIZABLE.contains(type)) {
            problems.add(path + ": injects " + type.getName()
                    + ", which is not a normal-scoped bean of ours (a client proxy): it may not serialize");
        }
    }

    private void checkFields(Class<?> type, String path) {
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                if (field.isAnnotationPresent(Inject.class)) {
                    checkInjected(field, path + "." + field.getName());
                } else {
                    checkType(field.getGenericType(), path + "." + field.getName());
                }
            }
        }
    }
}
