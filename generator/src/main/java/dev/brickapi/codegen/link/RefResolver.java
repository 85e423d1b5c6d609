package dev.brickapi.codegen.link;

import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves {@code $ref}s within and across documents. References may point at
 * {@code components/schemas}, {@code components/parameters}, {@code components/requestBodies} and
 * {@code components/responses} of any loaded document.
 */
final class RefResolver {

  /** What a reference points at: the document and the JSON pointer of the target. */
  record Target<T>(LoadedDocument document, String pointer, String name, T value) {
    SourceRef at() {
      return new SourceRef(document.name(), pointer, 0);
    }
  }

  private final Map<Path, LoadedDocument> byPath = new HashMap<>();
  private final Problems problems;

  RefResolver(List<LoadedDocument> documents, Problems problems) {
    for (LoadedDocument d : documents) {
      byPath.put(d.path(), d);
    }
    this.problems = problems;
  }

  Target<Schema<?>> schema(LoadedDocument from, String ref, SourceRef at) {
    return resolve(from, ref, at, "schemas", Components::getSchemas);
  }

  Target<Parameter> parameter(LoadedDocument from, String ref, SourceRef at) {
    return resolve(from, ref, at, "parameters", Components::getParameters);
  }

  Target<RequestBody> requestBody(LoadedDocument from, String ref, SourceRef at) {
    return resolve(from, ref, at, "requestBodies", Components::getRequestBodies);
  }

  Target<ApiResponse> response(LoadedDocument from, String ref, SourceRef at) {
    return resolve(from, ref, at, "responses", Components::getResponses);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <T> Target<T> resolve(LoadedDocument from, String ref, SourceRef at, String section,
      Function<Components, Map<String, ? extends T>> pick) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    String pointer = hash < 0 ? "" : ref.substring(hash + 1);
    if (file.contains("://")) {
      problems.error(at, "remote $ref '" + ref + "' is not supported",
          "copy the document next to this one and use a relative file reference");
      return null;
    }
    LoadedDocument target = from;
    if (!file.isEmpty()) {
      Path path = from.path().getParent().resolve(file).normalize();
      target = byPath.get(path);
      if (target == null) {
        problems.error(at, "$ref '" + ref + "' points to a file that does not exist or could not be read: " + file,
            "check the relative path; it is resolved against the folder of " + from.name());
        return null;
      }
    }
    String prefix = "/components/" + section + "/";
    if (!pointer.startsWith(prefix) || pointer.indexOf('/', prefix.length()) >= 0) {
      problems.error(at, "$ref '" + ref + "' must point at an entry of components/" + section,
          "reference '#/components/" + section + "/<Name>' (in this or another document)");
      return null;
    }
    String name = pointer.substring(prefix.length()).replace("~1", "/").replace("~0", "~");
    Components components = target.api().getComponents();
    Map<String, ? extends T> entries = components == null ? null : pick.apply(components);
    T value = entries == null ? null : entries.get(name);
    if (value == null) {
      problems.error(at, "$ref '" + ref + "' is dangling: " + target.name() + " has no components/" + section + "/" + name,
          "define '" + name + "' under components/" + section + " of " + target.name() + " or correct the name");
      return null;
    }
    return new Target(target, pointer, name, value);
  }

  /** {@code segment} escaped for a JSON pointer ({@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
