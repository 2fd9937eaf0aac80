package ru.perechen.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.Role;
import ru.perechen.ui.MessagesI18NProvider;

/**
 * The OpenAPI document at {@code /api/docs}, complete enough for a generated client to work as is:
 * the bearer scheme, each operation's access ({@code x-access}) and Keycloak roles ({@code x-roles}),
 * the problem answers it can give with their {@code code}s, binary bodies as binary, and the open-data
 * operations marked as needing no token.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String VERSION = "1.0.0";
    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PUBLIC_PATHS = "/api/public/";
    private static final Locale RU = MessagesI18NProvider.RUSSIAN;
    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    @Bean
    OpenAPI perechenOpenApi(MessagesI18NProvider messages) {
        return new OpenAPI()
                .info(new Info().title(messages.getTranslation("api.docs.title", RU)).version(VERSION)
                        .description(messages.getTranslation("api.docs.description", RU)))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description(messages.getTranslation("api.docs.bearer", RU)))
                        .addSchemas(PROBLEM, problem(messages)))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    private static Schema<?> problem(MessagesI18NProvider messages) {
        return new ObjectSchema().description(messages.getTranslation("api.docs.problem", RU))
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().description(messages.getTranslation("api.docs.problem.code", RU)))
                .addProperty("field", new StringSchema().description(messages.getTranslation("api.docs.problem.field", RU)))
                .addProperty("roles", new ArraySchema().items(new StringSchema())
                        .description(messages.getTranslation("api.docs.problem.roles", RU)))
                .addProperty("conflicts", new ArraySchema().items(new ObjectSchema())
                        .description(messages.getTranslation("api.docs.problem.conflicts", RU)))
                .addProperty("year", new IntegerSchema().description(messages.getTranslation("api.docs.problem.year", RU)))
                .required(List.of("title", "status", "detail", "code"));
    }

    /** Per operation: its access and roles, its problem answers, binary bodies. */
    @Bean
    OperationCustomizer accessAndProblems(MessagesI18NProvider messages) {
        return (operation, handler) -> {
            Optional<Access> access = ApiAccessInterceptor.declared(handler);
            access.ifPresent(a -> declare(operation, a, messages));
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
            if (operation.getRequestBody() == null && mapping != null && mapping.consumes().length > 0) {
                operation.setRequestBody(binaryBody(mapping.consumes()));
            }
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            boolean hasInput = operation.getRequestBody() != null
                    || (operation.getParameters() != null && !operation.getParameters().isEmpty());
            boolean hasPathParameters = operation.getParameters() != null
                    && operation.getParameters().stream().map(Parameter::getIn).anyMatch("path"::equals);
            boolean versioned = carriesVersion(handler);
            addProblem(responses, "400", hasInput);
            addProblem(responses, "401", access.isPresent());
            addProblem(responses, "403", access.filter(a -> a != Access.SIGNED_IN).isPresent());
            addProblem(responses, "404", hasPathParameters);
            addProblem(responses, "409", versioned);
            boolean takesFile = mapping != null && mapping.consumes().length > 0;
            addProblem(responses, "413", takesFile);
            addProblem(responses, "503", takesFile && Arrays.stream(mapping.consumes()).anyMatch(type -> type.contains("spreadsheetml")));
            responses.forEach((status, response) -> describe(status, response, messages));
            if (operation.getRequestBody() != null) {
                binary(operation.getRequestBody().getContent());
            }
            return operation;
        };
    }

    /** The open data: no token, no role; operation ids of their own. */
    @Bean
    OpenApiCustomizer openData() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            if (path.startsWith(PUBLIC_PATHS)) {
                operation.setSecurity(new ArrayList<>());
                operation.addExtension("x-access", "PUBLIC");
                operation.getResponses().addApiResponse("429", new ApiResponse()
                        .description("Слишком много запросов с этого адреса (`rate-limited`): повторите через `Retry-After` секунд")
                        .content(new Content().addMediaType(PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
                String id = operation.getOperationId().replaceAll("_\\d+$", "");
                operation.setOperationId("public" + Character.toUpperCase(id.charAt(0)) + id.substring(1));
            }
        }));
    }

    private static void declare(Operation operation, Access access, MessagesI18NProvider messages) {
        List<String> roles = access.roles().stream().sorted().map(Role::keycloakName).toList();
        operation.addExtension("x-access", access.name());
        operation.addExtension("x-roles", roles);
        String who = messages.getTranslation(access.messageKey(), RU);
        String line = roles.isEmpty() ? messages.getTranslation("api.docs.access.any", RU, who)
                : messages.getTranslation("api.docs.access", RU, who, String.join(", ", roles));
        operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank() ? line
                : operation.getDescription() + "\n\n" + line);
    }

    /** A write that names the version of what it changes can meet a newer one (409 {@code stale}). */
    private static boolean carriesVersion(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> {
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                p.initParameterNameDiscovery(NAMES);
                return Stream.of(param.value(), param.name(), p.getParameterName())
                        .filter(n -> n != null && !n.isEmpty()).findFirst().filter("version"::equals).isPresent();
            }
            Class<?> type = p.getParameterType();
            return p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class) && type.isRecord()
                    && Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals("version"));
        });
    }

    private static void addProblem(ApiResponses responses, String status, boolean applies) {
        if (applies && !responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse());
        }
    }

    /** Problem answers carry the Problem schema and say which codes they have; bodies of success keep theirs. */
    private static void describe(String status, ApiResponse response, MessagesI18NProvider messages) {
        if (status.startsWith("4") || status.startsWith("5")) {
            String standard = messages.getTranslation("api.docs.response." + status, RU);
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.setDescription(standard.startsWith("!") ? messages.getTranslation("api.docs.response.other", RU) : standard);
            }
            response.setContent(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            return;
        }
        binary(response.getContent());
    }

    private static RequestBody binaryBody(String[] mediaTypes) {
        Content content = new Content();
        Arrays.stream(mediaTypes).forEach(type -> content.addMediaType(type, new MediaType().schema(new BinarySchema())));
        return new RequestBody().required(true).content(content);
    }

    /** byte[] is a file, not base64 text; a JSON body under {@code *}{@code /*} is declared as JSON. */
    private static void binary(Content content) {
        if (content == null) {
            return;
        }
        Map<String, MediaType> fixed = content.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            MediaType media = e.getValue();
            if (media.getSchema() != null && "byte".equals(media.getSchema().getFormat()) && isString(media.getSchema())) {
                media.setSchema(new BinarySchema());
            }
            return media;
        }, (a, b) -> a, LinkedHashMap::new));
        MediaType any = fixed.get("*/*");
        if (any != null && any.getSchema() != null && !(any.getSchema() instanceof BinarySchema)) {
            fixed.remove("*/*");
            fixed.put("application/json", any);
        }
        content.clear();
        content.putAll(fixed);
    }

    private static boolean isString(Schema<?> schema) {
        return "string".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("string"));
    }
}
