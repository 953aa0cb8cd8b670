package org.extramile.api.openapi;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes what Payara's OpenAPI document leaves out, read from the resource classes themselves: the query
 * parameters of a {@code @BeanParam} (the records' and the audit log's filters), and the variants of an operation
 * that content negotiation chooses between (records as CSV, XLSX, JSON, NDJSON or PDFs), which the document
 * otherwise collapses into whichever it read last, under a media type still carrying its {@code qs}.
 */
public class OpenApiCompletion implements OASFilter {

    private static final String API = "/api/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Class<?> resource : ResourceClasses.of(OpenApiCompletion.class)) {
            variants(resource).forEach((key, variants) -> {
                PathItem item = openAPI.getPaths().getPathItem(key.path());
                org.eclipse.microprofile.openapi.models.Operation operation =
                        item == null ? null : item.getOperations().get(key.method());
                if (operation != null) {
                    complete(operation, variants);
                }
            });
        }
    }

    /** The resource's methods by verb and path, the preferred variant (highest {@code qs}) first. */
    static Map<Key, List<Method>> variants(Class<?> resource) {
        Map<Key, List<Method>> byKey = new LinkedHashMap<>();
        for (Method method : resource.getMethods()) {
            verb(method).ifPresent(verb -> byKey.computeIfAbsent(
                            new Key(PathItem.HttpMethod.valueOf(verb), path(resource, method)), k -> new ArrayList<>())
                    .add(method));
        }
        byKey.values()
                .forEach(methods -> methods.sort(Comparator.comparingDouble(OpenApiCompletion::quality)
                        .reversed()
                        .thenComparing(Method::getName)));
        return byKey;
    }

    record Key(PathItem.HttpMethod method, String path) {}

    private static void complete(org.eclipse.microprofile.openapi.models.Operation operation, List<Method> variants) {
        for (Method variant : variants) {
            queryParameters(variant).forEach((name, description) -> {
                boolean listed = operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> name.equals(p.getName()));
                if (!listed) {
                    operation.addParameter(OASFactory.createParameter()
                            .name(name)
                            .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY)
                            .description(description)
                            .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
                }
            });
        }
        boolean qualified = Optional.ofNullable(operation.getResponses())
                .map(r -> r.getDefaultValue())
                .map(APIResponse::getContent)
                .map(c -> c.getMediaTypes().keySet().stream().anyMatch(type -> type.contains(";")))
                .orElse(false);
        if (variants.size() > 1 || qualified) {
            describeVariants(operation, variants);
        }
    }

    /** One response content per media type, without its {@code qs}; the summary of the preferred variant. */
    private static void describeVariants(
            org.eclipse.microprofile.openapi.models.Operation operation, List<Method> variants) {
        if (operation.getResponses() == null || operation.getResponses().getDefaultValue() == null) {
            return;
        }
        APIResponse response = operation.getResponses().getDefaultValue();
        Content content = OASFactory.createContent();
        for (Method variant : variants) {
            for (String type : mediaTypes(variant)) {
                boolean json = type.equals("application/json");
                Schema schema = Optional.ofNullable(response.getContent())
                        .map(c -> c.getMediaTypes().entrySet().stream()
                                .filter(e -> strip(e.getKey()).equals(type))
                                .map(e -> e.getValue().getSchema())
                                .findFirst()
                                .orElse(null))
                        .orElseGet(() -> json
                                ? OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                                : OASFactory.createSchema()
                                        .type(Schema.SchemaType.STRING)
                                        .format("binary"));
                content.addMediaType(type, OASFactory.createMediaType().schema(schema));
            }
        }
        response.setContent(content);
        if (variants.size() > 1) {
            Method preferred = variants.get(0);
            operation.setOperationId(preferred.getName());
            operation.setSummary(summary(preferred));
            operation.setDescription(variants.stream()
                    .map(v -> String.join(", ", mediaTypes(v)) + ": " + summary(v))
                    .collect(Collectors.joining("\n\n", "The Accept header chooses the format:\n\n", "")));
        }
    }

    /** The method's query parameters, a bean's included, by name, with the description given to each, if any. */
    private static Map<String, String> queryParameters(Method method) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(QueryParam.class)) {
                parameters.put(parameter.getAnnotation(QueryParam.class).value(), description(parameter));
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    if (field.isAnnotationPresent(QueryParam.class)) {
                        parameters.put(field.getAnnotation(QueryParam.class).value(), description(field));
                    }
                }
            }
        }
        return parameters;
    }

    private static String description(AnnotatedElement element) {
        Described described = element.getAnnotation(Described.class);
        return described == null ? null : described.value();
    }

    private static Optional<String> verb(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(Annotation::annotationType)
                .filter(type -> type.isAnnotationPresent(HttpMethod.class))
                .map(type -> type.getAnnotation(HttpMethod.class).value())
                .findFirst();
    }

    private static String path(Class<?> resource, Method method) {
        String path = API + trim(resource.getAnnotation(Path.class).value());
        Path sub = method.getAnnotation(Path.class);
        return sub == null ? path : path + "/" + trim(sub.value());
    }

    private static List<String> mediaTypes(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        return produces == null
                ? List.of()
                : Arrays.stream(produces.value())
                        .flatMap(value -> Stream.of(value.split(",")))
                        .map(OpenApiCompletion::strip)
                        .toList();
    }

    /** The {@code qs} of the method's first media type: the server's preference among variants, 1 by default. */
    private static double quality(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            return 1;
        }
        for (String parameter : produces.value()[0].split(";")) {
            String[] pair = parameter.trim().split("=");
            if (pair.length == 2 && pair[0].trim().equals("qs")) {
                return Double.parseDouble(pair[1].trim());
            }
        }
        return 1;
    }

    private static String summary(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation == null ? method.getName() : operation.summary();
    }

    private static String strip(String mediaType) {
        return mediaType.split(";")[0].trim();
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
