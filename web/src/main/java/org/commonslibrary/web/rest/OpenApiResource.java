package org.commonslibrary.web.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/openapi}: the OpenAPI 3 description of this API, as JSON, or as YAML with
 * {@code ?format=yaml} or {@code Accept: application/yaml}. The build generates it from the resources'
 * annotations; it is served as built, never assembled at run time.
 */
@Path("/openapi")
public class OpenApiResource {

    static final String YAML = "application/yaml";
    private static final Map<String, byte[]> DOCUMENTS = new ConcurrentHashMap<>();

    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, YAML})
    public Response document(@QueryParam("format") String format) {
        boolean yaml;
        if (format != null) {
            if (!List.of("json", "yaml").contains(format)) {
                throw new InvalidRequestException("format must be json or yaml.");
            }
            yaml = format.equals("yaml");
        } else {
            // only an explicit preference for YAML gets YAML; a browser's */* gets JSON
            List<MediaType> accepted = headers.getAcceptableMediaTypes();
            yaml = !accepted.isEmpty() && !accepted.get(0).isWildcardType()
                    && accepted.get(0).isCompatible(MediaType.valueOf(YAML));
        }
        String file = yaml ? "openapi.yaml" : "openapi.json";
        byte[] document = DOCUMENTS.computeIfAbsent(file, OpenApiResource::read);
        if (document.length == 0) {
            throw new InvalidRequestException(Response.Status.NOT_FOUND,
                    "This build of the library carries no API description.");
        }
        return Response.ok(document, yaml ? YAML + ";charset=utf-8" : MediaType.APPLICATION_JSON + ";charset=utf-8")
                .build();
    }

    private static byte[] read(String file) {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("/openapi/" + file)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API description " + file, e);
        }
    }
}
