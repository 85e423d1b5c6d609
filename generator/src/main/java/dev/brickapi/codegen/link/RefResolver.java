package dev.brickapi.codegen.link;

import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code $ref}s within and across documents. A reference may hold any JSON pointer into any loaded
 * document ({@code #/components/schemas/Pet}, {@code #/components/schemas/Pet/properties/owner},
 * {@code #/paths/~1pets/get/responses/200/content/application~1json/schema/items}, a parameter or a response
 * header under {@code paths}); what it reaches must be of the kind the place of the reference expects. The
 * target's pointer is canonical ({@link DocumentPointer}), so it is the same identity as the inline schema there.
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
    return resolve(from, ref, at, Schema.class, "schemas", "a schema", problems);
  }

  /** The schema {@code ref} reaches, or null (reporting nothing) when it reaches none. */
  Target<Schema<?>> find(LoadedDocument from, String ref) {
    return resolve(from, ref, new SourceRef(from.name(), "", 0), Schema.class, "schemas", "a schema", new Problems());
  }

  Target<Parameter> parameter(LoadedDocument from, String ref, SourceRef at) {
    return resolve(from, ref, at, Parameter.class, "parameters", "a parameter", problems);
  }

  Target<RequestBody> requestBody(LoadedDocument from, String ref, SourceRef at) {
    return resolve(from, ref, at, RequestBody.class, "requestBodies", "a request body", problems);
  }

  Target<ApiResponse> response(LoadedDocument from, String ref, SourceRef at) {
    return resolve(from, ref, at, ApiResponse.class, "responses", "a response", problems);
  }

  Target<Header> header(LoadedDocument from, String ref, SourceRef at) {
    return resolve(from, ref, at, Header.class, "headers", "a header", problems);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <T> Target<T> resolve(LoadedDocument from, String ref, SourceRef at, Class<?> kind, String section,
      String what, Problems problems) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
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
    if (!fragment.startsWith("/")) {
      problems.error(at, "$ref '" + ref + "' does not name " + what + " inside " + target.name(),
          "end the reference with a JSON pointer, e.g. '" + file + "#/components/" + section + "/<Name>'");
      return null;
    }
    DocumentPointer found = DocumentPointer.walk(target.api(), fragment);
    if (found.value() == null) {
      String prefix = "/components/" + section + "/";
      if (found.canonical().startsWith(prefix) && found.canonical().indexOf('/', prefix.length()) < 0) {
        String name = fragment.substring(prefix.length()).replace("~1", "/").replace("~0", "~");
        problems.error(at, "$ref '" + ref + "' is dangling: " + target.name() + " has no components/" + section + "/" + name,
            "define '" + name + "' under components/" + section + " of " + target.name() + " or correct the name");
      } else {
        problems.error(at, "$ref '" + ref + "' is dangling: " + target.name() + " has nothing at " + found.canonical(),
            "correct the pointer; it is followed as far as '" + found.reached() + "' of " + target.name());
      }
      return null;
    }
    if (!kind.isInstance(found.value())) {
      problems.error(at, "$ref '" + ref + "' points at " + DocumentPointer.kindOf(found.value()) + ", not " + what,
          "point the reference at " + what + ", e.g. one under components/" + section);
      return null;
    }
    return new Target(target, found.canonical(), found.name(), found.value());
  }

  /** Whether {@code pointer} names an entry of {@code components/schemas} itself, not a schema inside one. */
  static boolean isComponentSchema(String pointer) {
    String prefix = "/components/schemas/";
    return pointer.startsWith(prefix) && pointer.indexOf('/', prefix.length()) < 0;
  }

  /** {@code segment} escaped for a JSON pointer ({@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
