package dev.brickapi.codegen.load;

import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;

/**
 * One parsed OpenAPI document.
 *
 * @param path absolute, normalised path of the file
 * @param name the name problems and generated files use: the path relative to the spec folder it was
 *     found in (for example {@code 2.0/clusters.yaml})
 * @param api the document as swagger-parser read it, with {@code $ref}s left unresolved
 * @param lines line numbers of the document's JSON pointers
 * @param selected whether the user asked to generate this document (false for a document loaded only
 *     because another one references it)
 */
public record LoadedDocument(Path path, String name, OpenAPI api, LineIndex lines, boolean selected) {}
