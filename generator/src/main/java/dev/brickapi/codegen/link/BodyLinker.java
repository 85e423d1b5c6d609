package dev.brickapi.codegen.link;

import dev.brickapi.codegen.link.RefResolver.Target;
import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.model.Body;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import dev.brickapi.codegen.model.JavaName;
import dev.brickapi.codegen.model.StreamedAnswer;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.naming.NameTable;
import io.swagger.v3.oas.models.headers.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Links the request body and the success response of an operation into {@link Body}s: follows their
 * {@code $ref}s, picks the media type ({@link MediaChoice}; the others are left aside with a warning) and
 * translates its schema; a text body is a string, a binary one ({@code application/octet-stream}, {@code image/*},
 * ...) a stream, and a form body keeps how its fields are sent ({@link FormStyles}). A binary answer, or one without a body that declares headers,
 * is also a {@link StreamedAnswer}.
 */
final class BodyLinker {

  private final Problems problems;
  private final RefResolver refs;
  private final SchemaTranslator schemas;
  private final FormStyles forms;

  BodyLinker(Problems problems, RefResolver refs, SchemaTranslator schemas) {
    this.problems = problems;
    this.refs = refs;
    this.schemas = schemas;
    this.forms = new FormStyles(problems);
  }

  /** The request body, or null when the operation takes none. */
  Body requestBody(LoadedDocument doc, RequestBody body, SourceRef at, String hint) {
    if (body == null) {
      return null;
    }
    LoadedDocument bdoc = doc;
    String pointer = at.pointer();
    if (body.get$ref() != null) {
      Target<RequestBody> t = refs.requestBody(doc, body.get$ref(), at.child("$ref"));
      if (t == null) {
        return null;
      }
      body = t.value();
      bdoc = t.document();
      pointer = t.pointer();
    }
    return body(bdoc, body.getContent(), new SourceRef(bdoc.name(), pointer, 0), hint,
        Boolean.TRUE.equals(body.getRequired()), body.getDescription());
  }

  /** The body of the success response ({@code 200}, else the first {@code 2xx}), or null when it has none. */
  Body response(LoadedDocument doc, Operation op, SourceRef at, String hint) {
    if (op.getResponses() == null || op.getResponses().isEmpty()) {
      problems.error(at, "operation has no responses", "add at least '200' (with no content when the call answers nothing)");
      return null;
    }
    Success s = success(doc, op, at);
    return s == null ? null
        : body(s.doc(), s.response().getContent(), s.at(), hint, true, s.response().getDescription());
  }

  /**
   * The typed answer of an operation whose success response is a binary stream or declares headers, or null; its
   * class is named by {@code name} only when there is one.
   */
  StreamedAnswer streamedAnswer(LoadedDocument doc, Operation op, SourceRef at, Body response,
      java.util.function.Supplier<JavaName> name) {
    Success s = op.getResponses() == null || op.getResponses().isEmpty() ? null : success(doc, op, at);
    if (s == null) {
      return null;
    }
    boolean stream = response != null && response.media() == Body.MediaKind.BINARY;
    Map<String, Header> declared = s.response().getHeaders();
    if (!stream && (declared == null || declared.isEmpty() || response != null)) {
      if (declared != null && !declared.isEmpty()) {
        String answer = response.media() == Body.MediaKind.TEXT ? "text" : "JSON";
        problems.warning(s.at().child("headers"), "response headers of a " + answer + " answer are not read",
            "the client reads declared headers of binary answers and of answers without a body only");
      }
      return null;
    }
    List<StreamedAnswer.Header> headers = new ArrayList<>();
    NameTable getters = new NameTable();
    getters.allocate("getContents");
    getters.allocate("getClass");
    if (declared != null) {
      for (Map.Entry<String, Header> e : declared.entrySet()) {
        SourceRef hat = s.at().child("headers").child(e.getKey());
        TypeRef type = headerType(s.doc(), e.getValue(), hat);
        if (type != null) {
          headers.add(new StreamedAnswer.Header(e.getKey(), getters.allocate("get" + JavaIdentifiers.pascal(e.getKey())),
              type, Objects.requireNonNullElse(e.getValue().getDescription(), "")));
        }
      }
    }
    return new StreamedAnswer(name.get(), stream, headers, Objects.requireNonNullElse(s.response().getDescription(), ""));
  }

  private TypeRef headerType(LoadedDocument doc, Header header, SourceRef at) {
    if (header.get$ref() != null) {
      Target<Header> t = refs.header(doc, header.get$ref(), at.child("$ref"));
      if (t == null) {
        return null;
      }
      header = t.value();
      at = t.at();
    }
    Schema<?> schema = header.getSchema();
    String type = schema == null ? null : schema.getType() != null ? schema.getType()
        : schema.getTypes() == null || schema.getTypes().isEmpty() ? null : schema.getTypes().iterator().next();
    if ("string".equals(type)) {
      return TypeRef.of(TypeRef.PrimitiveKind.STRING);
    }
    if ("integer".equals(type)) {
      return TypeRef.of("int32".equals(schema.getFormat()) ? TypeRef.PrimitiveKind.INT32 : TypeRef.PrimitiveKind.INT64);
    }
    if ("boolean".equals(type)) {
      return TypeRef.of(TypeRef.PrimitiveKind.BOOLEAN);
    }
    problems.error(at.child("schema"), "unsupported construct: a response header of type " + type,
        "declare the header in place with a schema of type string, integer or boolean");
    return null;
  }

  /** The success response ({@code 200}, else the first {@code 2xx}) with its {@code $ref} followed, or null. */
  private Success success(LoadedDocument doc, Operation op, SourceRef at) {
    String code = null;
    for (String c : new TreeMap<>(op.getResponses()).keySet()) {
      if (c.startsWith("2") && (code == null || c.equals("200"))) {
        code = code == null || c.equals("200") ? c : code;
      }
    }
    if (code == null) {
      return null;
    }
    ApiResponse r = op.getResponses().get(code);
    LoadedDocument rdoc = doc;
    String pointer = at.pointer() + "/" + code;
    if (r.get$ref() != null) {
      Target<ApiResponse> t = refs.response(doc, r.get$ref(), new SourceRef(doc.name(), pointer + "/$ref", 0));
      if (t == null) {
        return null;
      }
      r = t.value();
      rdoc = t.document();
      pointer = t.pointer();
    }
    return new Success(r, rdoc, new SourceRef(rdoc.name(), pointer, 0));
  }

  private record Success(ApiResponse response, LoadedDocument doc, SourceRef at) {}

  private Body body(LoadedDocument doc, Content content, SourceRef at, String hint,
      boolean required, String description) {
    if (content == null || content.isEmpty()) {
      return null;
    }
    MediaChoice choice = MediaChoice.of(content.keySet());
    if (choice.type() == null) {
      problems.error(at.child("content"), "unsupported construct: media type " + String.join(", ", content.keySet()),
          "offer JSON, a form, text or bytes next to it: application/json, application/x-www-form-urlencoded, "
              + "multipart/form-data, text/plain or application/octet-stream");
      return null;
    }
    Body.MediaKind kind = choice.kind();
    if (!choice.leftAside().isEmpty()) {
      problems.warning(at.child("content"), "media type" + (choice.leftAside().size() == 1 ? " " : "s ")
          + String.join(", ", choice.leftAside()) + " left aside: the client uses " + choice.type(),
          "the client uses one media type per body, by the order of docs/generator.md (\"Media types\"); drop the "
              + "others from the spec to silence this");
    }
    MediaType media = content.get(choice.type());
    String mediaAt = at.pointer() + "/content/" + RefResolver.escape(choice.type());
    String pointer = mediaAt + "/schema";
    Schema<?> schema = media == null ? null : media.getSchema();
    TypeRef type;
    if (kind == Body.MediaKind.BINARY) {
      type = TypeRef.of(TypeRef.PrimitiveKind.STREAM);
    } else if (kind == Body.MediaKind.TEXT) {
      type = TypeRef.of(TypeRef.PrimitiveKind.STRING);
    } else if (schema == null) {
      if (kind != Body.MediaKind.JSON) {
        problems.error(at.child("content"), choice.type() + " body without a schema",
            "describe the " + (kind == Body.MediaKind.FORM ? "fields" : "parts") + " as an object schema");
        return null;
      }
      type = new TypeRef.FreeObject();
    } else {
      type = schemas.typeOf(doc, schema, pointer, hint);
      if (!fits(kind, type)) {
        problems.error(new SourceRef(doc.name(), pointer, 0), choice.type() + " body must be an object with properties"
            + (kind == Body.MediaKind.MULTIPART ? " or one file (type: string, format: binary)" : ""),
            kind == Body.MediaKind.MULTIPART ? "give each part a property" : "give each field a property");
        return null;
      }
    }
    if (kind == Body.MediaKind.MULTIPART) {
      forms.multipart(media, mediaAt, doc);
    }
    return new Body(kind, choice.type(), type, required, description, choice.leftAside(),
        kind == Body.MediaKind.FORM ? forms.styles(media, mediaAt, doc) : java.util.Map.of());
  }

  /** Whether a form or multipart body of this type can be sent: an object, or one file for multipart. */
  private static boolean fits(Body.MediaKind kind, TypeRef type) {
    if (kind == Body.MediaKind.MULTIPART) {
      return type instanceof TypeRef.Named
          || type instanceof TypeRef.Primitive p && p.kind() == TypeRef.PrimitiveKind.BINARY;
    }
    return kind != Body.MediaKind.FORM || type instanceof TypeRef.Named || type instanceof TypeRef.MapOf
        || type instanceof TypeRef.FreeObject;
  }
}
