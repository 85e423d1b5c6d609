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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Links the request body and the success response of an operation into {@link Body}s: follows their
 * {@code $ref}s, picks the media type (JSON before binary and multipart) and translates its schema; an
 * {@code application/octet-stream} body is a stream. A binary answer, or one without a body that declares headers,
 * is also a {@link StreamedAnswer}.
 */
final class BodyLinker {

  private final Problems problems;
  private final RefResolver refs;
  private final SchemaTranslator schemas;

  BodyLinker(Problems problems, RefResolver refs, SchemaTranslator schemas) {
    this.problems = problems;
    this.refs = refs;
    this.schemas = schemas;
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
        problems.warning(s.at().child("headers"), "response headers of a JSON answer are not read",
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
    String chosen = null;
    Body.MediaKind kind = null;
    for (String type : content.keySet()) {
      String t = type.toLowerCase(Locale.ROOT);
      Body.MediaKind k = t.equals("application/json") || t.endsWith("+json") || t.equals("*/*") ? Body.MediaKind.JSON
          : t.equals("application/octet-stream") ? Body.MediaKind.BINARY
          : t.equals("multipart/form-data") ? Body.MediaKind.MULTIPART : null;
      if (k != null && (kind == null || k == Body.MediaKind.JSON)) {
        chosen = type;
        kind = k;
      }
    }
    if (chosen == null) {
      problems.error(at.child("content"), "unsupported construct: media type " + String.join(", ", content.keySet()),
          "use application/json, application/octet-stream or multipart/form-data");
      return null;
    }
    MediaType media = content.get(chosen);
    String pointer = at.pointer() + "/content/" + RefResolver.escape(chosen) + "/schema";
    TypeRef type;
    if (kind == Body.MediaKind.BINARY) {
      type = TypeRef.of(TypeRef.PrimitiveKind.STREAM);
    } else {
      Schema<?> schema = media == null ? null : media.getSchema();
      if (schema == null) {
        if (kind == Body.MediaKind.MULTIPART) {
          problems.error(at.child("content"), "multipart/form-data body without a schema", "describe the parts as an object schema");
          return null;
        }
        type = new TypeRef.FreeObject();
      } else {
        type = schemas.typeOf(doc, schema, pointer, hint);
      }
      if (kind == Body.MediaKind.MULTIPART && !(type instanceof TypeRef.Named)) {
        problems.error(new SourceRef(doc.name(), pointer, 0), "multipart/form-data body must be an object with properties",
            "give each part a property");
        return null;
      }
    }
    return new Body(kind, chosen, type, required, description);
  }
}
