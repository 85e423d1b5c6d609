package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.brickapi.codegen.model.Body;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.RuntimeMark;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.naming.OperationNames;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the class of a service: the public methods a caller uses ({@link FacadeMethods}) over its nested,
 * package-private Feign interface {@code Wire}, which has one declarative method per operation and, where the
 * spec says so, a default method that pages lazily ({@link PagingEmitter}) and default methods that wait for a
 * target state ({@link WaitEmitter}; the waits for an existing resource follow the operation they poll).
 * Operation-level vendor extensions that the runtime honours arrive as {@link RuntimeMark}s and become
 * annotations of the wire method, whatever the extension.
 */
final class ServiceEmitter {

  private static final ClassName REQUEST_LINE = ClassName.get("feign", "RequestLine");
  private static final ClassName HEADERS = ClassName.get("feign", "Headers");
  private static final ClassName PARAM = ClassName.get("feign", "Param");
  private static final String DATABRICKS_EXCEPTION = "dev.brickapi.runtime.DatabricksException";
  /** Response descriptions that say only that the call worked. */
  private static final java.util.regex.Pattern NOTHING_SAID = java.util.regex.Pattern.compile(
      "(?i)(the )?(call|request|operation) (succeeded|was successful)\\.?|success(ful)?( response)?\\.?|ok\\.?|done\\.?");

  private final JavaTypes types;
  private final SensitiveFields sensitive;
  private final PagingEmitter paging;
  private final WaitEmitter waiting;
  private final FacadeMethods facade;
  /** The simple name of the Feign interface nested in each service class. */
  static final String WIRE = "Wire";

  private final dev.brickapi.codegen.naming.ServiceAccessors accessors;

  ServiceEmitter(JavaTypes types, SensitiveFields sensitive, dev.brickapi.codegen.naming.ServiceAccessors accessors) {
    this.accessors = accessors;
    this.types = types;
    this.sensitive = sensitive;
    this.paging = new PagingEmitter(types);
    this.waiting = new WaitEmitter(types);
    this.facade = new FacadeMethods(types);
  }

  /**
   * The public class of the service, holding its Feign interface {@code Wire} (package-private: positional, in
   * the spec's order) and one public method per form a caller uses ({@link FacadeMethods}).
   */
  TypeSpec emit(Service service) {
    ClassName self = JavaTypes.className(service.name());
    ClassName wireType = self.nestedClass(WIRE);
    TypeSpec.Builder wire = TypeSpec.interfaceBuilder(wireType)
        .addJavadoc("The Feign binding of {@link $T}: one method per operation, its inputs positional.\n", self);
    if (!service.document().clientParameters().isEmpty()) {
      wire.addAnnotation(AnnotationSpec.builder(types.support("ClientParameters"))
          .addMember("value", "$L", annotationValue(service.document().clientParameters())).build());
    }
    TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    String doc = Docs.javadoc(service.description());
    type.addJavadoc("$L\n\n<p>Operations of the {@code $L} tag of {@code $L}. Thread-safe; one per client.\n",
        doc.isEmpty() ? "The " + Docs.javadoc(service.tag()) + " operations." : doc, Docs.javadoc(service.tag()),
        service.document().name());
    type.addField(FieldSpec.builder(wireType, FacadeMethods.WIRE, Modifier.PRIVATE, Modifier.FINAL).build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addParameter(types.support("ApiClient"), "client")
        .addJavadoc("The service as {@code client} calls it: its host, credentials, retries and codec.\n\n"
            + "@param client the client of the workspace or account\n")
        .addStatement("this.$N = client.service($T.class)", FacadeMethods.WIRE, wireType).build());
    String reachedAs = (service.document().account() ? "account." : "workspace.") + accessors.of(service) + "()";
    for (Operation op : service.operations()) {
      OperationNames names = types.names().operation(service, op);
      List<MethodSpec> derived = new ArrayList<>();
      derived.add(operation(op, names));
      op.paging().ifPresent(p -> derived.add(paging.emit(op, p, names)));
      op.waiting().ifPresent(w -> derived.addAll(waiting.emit(service, op, w)));
      for (MethodSpec m : derived) {
        wire.addMethod(m);
        type.addMethods(facade.over(op, names, m, reachedAs));
      }
      for (MethodSpec m : waiting.existing(service, op)) {
        wire.addMethod(m);
        type.addMethod(facade.passThrough(m));
      }
    }
    return type.addType(wire.build()).build();
  }

  private TypeName returnType(Operation op) {
    if (op.streamed() != null) {
      return types.support("BinaryResponse");
    }
    return op.response() == null ? TypeName.VOID : types.of(op.response().type());
  }

  private static String parameter(OperationNames names, Parameter p) {
    return names.parameter(p.in().name(), p.name());
  }

  private MethodSpec operation(Operation op, OperationNames names) {
    StringBuilder line = new StringBuilder(op.method()).append(' ');
    String path = op.path();
    for (Parameter p : op.parameters()) {
      if (p.in() == Parameter.In.PATH) {
        path = path.replace("{" + p.name() + "}", "{" + parameter(names, p) + "}");
      }
    }
    line.append(path);
    String sep = "?";
    for (Parameter p : op.parameters()) {
      if (p.in() == Parameter.In.QUERY) {
        line.append(sep).append(p.name()).append("={").append(parameter(names, p)).append('}');
        sep = "&";
      }
    }
    MethodSpec.Builder m = MethodSpec.methodBuilder(names.method()).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(returnType(op))
        .addAnnotation(AnnotationSpec.builder(REQUEST_LINE).addMember("value", "$S", line.toString()).build());
    List<String> headers = new ArrayList<>();
    if (op.request() != null) {
      headers.add("Content-Type: " + contentType(op.request()));
      formEncoding(op.request(), m);
    }
    if (op.response() != null) {
      headers.add("Accept: " + op.response().contentType());
    }
    for (Parameter p : op.parameters()) {
      if (p.in() == Parameter.In.HEADER) {
        headers.add(p.name() + ": {" + parameter(names, p) + "}");
      }
    }
    if (!headers.isEmpty()) {
      CodeBlock.Builder h = CodeBlock.builder().add("{");
      for (int i = 0; i < headers.size(); i++) {
        h.add(i == 0 ? "$S" : ", $S", headers.get(i));
      }
      m.addAnnotation(AnnotationSpec.builder(HEADERS).addMember("value", h.add("}").build()).build());
    }
    for (Parameter p : FieldAccess.ordered(op)) {
      m.addParameter(ParameterSpec.builder(types.of(p.type()), parameter(names, p))
          .addAnnotation(AnnotationSpec.builder(PARAM).addMember("value", "$S", parameter(names, p)).build()).build());
    }
    if (op.request() != null) {
      m.addParameter(types.of(op.request().type()), names.body());
    }
    java.util.TreeSet<String> secret = sensitive.of(op);
    if (!secret.isEmpty()) {
      m.addAnnotation(AnnotationSpec.builder(types.support("Sensitive"))
          .addMember("value", "$L", annotationValue(List.copyOf(secret))).build());
    }
    m.addJavadoc("$L", javadoc(op, names));
    if (op.deprecated()) {
      m.addAnnotation(Deprecated.class);
    }
    for (RuntimeMark mark : op.marks()) {
      m.addAnnotation(annotation(mark));
    }
    return m.build();
  }

  /**
   * The request's {@code Content-Type}: the declared media type, parameters and all; a range such as
   * {@code image/*} (which no request can be) is sent as what the body is.
   */
  private static String contentType(Body body) {
    if (!body.contentType().contains("*")) {
      return body.contentType();
    }
    return switch (body.media()) {
      case TEXT -> "text/plain";
      case BINARY -> "application/octet-stream";
      default -> "application/json";
    };
  }

  /** The fields of a form body that are not sent as form, exploded: named for the runtime's encoder. */
  private void formEncoding(Body body, MethodSpec.Builder m) {
    if (body.formStyles().isEmpty()) {
      return;
    }
    AnnotationSpec.Builder a = AnnotationSpec.builder(types.support("FormEncoding"));
    for (Body.FormStyle style : Body.FormStyle.values()) {
      List<String> fields = body.formStyles().entrySet().stream().filter(e -> e.getValue() == style)
          .map(java.util.Map.Entry::getKey).sorted().toList();
      if (!fields.isEmpty()) {
        a.addMember(style == Body.FormStyle.DEEP_OBJECT ? "deepObject" : "joined", "$L", annotationValue(fields));
      }
    }
    m.addAnnotation(a.build());
  }

  /** A runtime mark as written on the Feign method, whatever extension asked for it. */
  private static AnnotationSpec annotation(RuntimeMark mark) {
    AnnotationSpec.Builder a = AnnotationSpec.builder(ClassName.bestGuess(mark.annotation()));
    for (RuntimeMark.Member member : mark.members()) {
      a.addMember(member.name(), "$L", member.literal());
    }
    return a.build();
  }

  private String javadoc(Operation op, OperationNames names) {
    StringBuilder doc = new StringBuilder(Docs.paragraphs(op.summary(), op.description()));
    if (doc.length() == 0) {
      doc.append("Calls {@code ").append(op.method()).append(' ').append(Docs.javadoc(op.path())).append("}.");
    }
    doc.append("\n\n<p>{@code ").append(op.method()).append(' ').append(Docs.javadoc(op.path())).append("}\n");
    doc.append('\n');
    for (Parameter p : FieldAccess.ordered(op)) {
      String d = Docs.javadoc(p.description());
      doc.append("@param ").append(parameter(names, p)).append(' ')
          .append(d.isEmpty() ? "the {@code " + p.name() + "} " + p.in().name().toLowerCase() + " parameter" : d)
          .append(p.required() ? " (required)" : "").append('\n');
    }
    if (op.request() != null) {
      String d = Docs.javadoc(op.request().description());
      doc.append("@param ").append(names.body()).append(' ').append(d.isEmpty() ? "the request body" : d).append('\n');
    }
    if (op.streamed() != null) {
      String d = Docs.javadoc(op.streamed().description());
      doc.append("@return ").append(d.isEmpty() || NOTHING_SAID.matcher(d).matches()
          ? (op.streamed().body() ? "the answer: its headers and its body, a stream to close" : "the answer's headers")
          : d).append('\n');
    } else if (op.response() != null) {
      doc.append("@return ").append(returns(op)).append('\n');
    }
    doc.append("@throws ").append(DATABRICKS_EXCEPTION).append(" when the call fails; its subclass says why ")
        .append("({@code NotFoundException}, {@code PermissionDeniedException}, {@code RateLimitedException}, ")
        .append("{@code TransportException}, ...)\n");
    if (op.deprecated()) {
      doc.append("@deprecated the service deprecates this operation\n");
    }
    return doc.toString();
  }

  /**
   * What the call answers: the response's own description, unless it only says that the call worked
   * ("Success.", "The call succeeded."), in which case the answer's type and the first sentence of its
   * description.
   */
  private String returns(Operation op) {
    String described = Docs.javadoc(op.response().description());
    if (!described.isEmpty() && !NOTHING_SAID.matcher(described).matches()) {
      return described;
    }
    TypeRef type = op.response().type();
    String what = "the ";
    if (type instanceof TypeRef.ListOf l) {
      type = l.items();
      what = "the list of ";
    } else if (type instanceof TypeRef.MapOf m) {
      type = m.values();
      what = "the map by name of ";
    }
    TypeName java = types.of(type);
    String name = java instanceof ClassName c ? c.simpleName() : "JSON value";
    String about = type instanceof TypeRef.Named n ? Docs.firstSentence(types.def(n).description()) : "";
    return what + "{@code " + name + "}" + (about.isEmpty() ? "" : ": " + about);
  }

  /** String literals as an annotation's value: one alone, several braced. */
  private static CodeBlock annotationValue(List<String> values) {
    List<CodeBlock> out = new ArrayList<>();
    for (String v : values) {
      out.add(CodeBlock.of("$S", v));
    }
    return out.size() == 1 ? out.get(0) : CodeBlock.of("{$L}", CodeBlock.join(out, ", "));
  }
}
