package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.brickapi.codegen.model.Body;
import dev.brickapi.codegen.model.EnumType;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Pagination;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.model.TypeDef;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.Wait;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * Emits the Feign interface of a service: one declarative method per operation and, where the spec
 * says so, a default method that pages lazily and default methods that wait for a target state.
 */
final class ServiceEmitter {

  private static final ClassName REQUEST_LINE = ClassName.get("feign", "RequestLine");
  private static final ClassName HEADERS = ClassName.get("feign", "Headers");
  private static final ClassName PARAM = ClassName.get("feign", "Param");
  static final String BODY = "body";

  private final JavaTypes types;
  private final SensitiveFields sensitive;

  ServiceEmitter(JavaTypes types, SensitiveFields sensitive) {
    this.types = types;
    this.sensitive = sensitive;
  }

  TypeSpec emit(Service service) {
    ClassName self = JavaTypes.className(service.name());
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(self).addModifiers(Modifier.PUBLIC);
    String doc = Docs.javadoc(service.description());
    type.addJavadoc("$L\n\n<p>Operations of the {@code $L} tag of {@code $L}, as a Feign interface.\n",
        doc.isEmpty() ? "The " + Docs.javadoc(service.tag()) + " operations." : doc, Docs.javadoc(service.tag()),
        service.document().name());
    if (!service.document().clientParameters().isEmpty()) {
      type.addAnnotation(AnnotationSpec.builder(types.support("ClientParameters"))
          .addMember("value", "$L", strings(service.document().clientParameters(), true)).build());
    }
    for (Operation op : service.operations()) {
      type.addMethod(operation(op));
      op.paging().ifPresent(p -> type.addMethod(paging(op, p)));
      op.waiting().ifPresent(w -> {
        Operation poll = service.operations().stream().filter(o -> o.operationId().equals(w.poll())).findFirst().orElseThrow();
        type.addMethod(waiting(op, poll, w, false));
        type.addMethod(waiting(op, poll, w, true));
      });
    }
    return type.build();
  }

  private TypeName returnType(Operation op) {
    return op.response() == null ? TypeName.VOID : types.of(op.response().type());
  }

  /** Parameters in signature order: path, query, header, then the body. */
  private static List<Parameter> ordered(Operation op) {
    List<Parameter> out = new ArrayList<>();
    for (Parameter.In in : Parameter.In.values()) {
      op.parameters().stream().filter(p -> p.in() == in).forEach(out::add);
    }
    return out;
  }

  private MethodSpec operation(Operation op) {
    StringBuilder line = new StringBuilder(op.method()).append(' ');
    String path = op.path();
    for (Parameter p : op.parameters()) {
      if (p.in() == Parameter.In.PATH) {
        path = path.replace("{" + p.name() + "}", "{" + p.javaName() + "}");
      }
    }
    line.append(path);
    String sep = "?";
    for (Parameter p : op.parameters()) {
      if (p.in() == Parameter.In.QUERY) {
        line.append(sep).append(p.name()).append("={").append(p.javaName()).append('}');
        sep = "&";
      }
    }
    MethodSpec.Builder m = MethodSpec.methodBuilder(op.javaName()).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(returnType(op))
        .addAnnotation(AnnotationSpec.builder(REQUEST_LINE).addMember("value", "$S", line.toString()).build());
    List<String> headers = new ArrayList<>();
    if (op.request() != null) {
      headers.add("Content-Type: " + (op.request().media() == Body.MediaKind.JSON ? "application/json" : op.request().contentType()));
    }
    if (op.response() != null) {
      headers.add("Accept: " + (op.response().media() == Body.MediaKind.JSON ? "application/json" : op.response().contentType()));
    }
    for (Parameter p : op.parameters()) {
      if (p.in() == Parameter.In.HEADER) {
        headers.add(p.name() + ": {" + p.javaName() + "}");
      }
    }
    if (!headers.isEmpty()) {
      CodeBlock.Builder h = CodeBlock.builder().add("{");
      for (int i = 0; i < headers.size(); i++) {
        h.add(i == 0 ? "$S" : ", $S", headers.get(i));
      }
      m.addAnnotation(AnnotationSpec.builder(HEADERS).addMember("value", h.add("}").build()).build());
    }
    for (Parameter p : ordered(op)) {
      m.addParameter(ParameterSpec.builder(types.of(p.type()), p.javaName())
          .addAnnotation(AnnotationSpec.builder(PARAM).addMember("value", "$S", p.javaName()).build()).build());
    }
    if (op.request() != null) {
      m.addParameter(types.of(op.request().type()), BODY);
    }
    java.util.TreeSet<String> secret = sensitive.of(op);
    if (!secret.isEmpty()) {
      m.addAnnotation(AnnotationSpec.builder(types.support("Sensitive"))
          .addMember("value", "$L", strings(List.copyOf(secret), true)).build());
    }
    m.addJavadoc("$L", javadoc(op, true));
    if (op.deprecated()) {
      m.addAnnotation(Deprecated.class);
    }
    return m.build();
  }

  private String javadoc(Operation op, boolean withParams) {
    StringBuilder doc = new StringBuilder(Docs.paragraphs(op.summary(), op.description()));
    if (doc.length() == 0) {
      doc.append("Calls {@code ").append(op.method()).append(' ').append(Docs.javadoc(op.path())).append("}.");
    }
    doc.append("\n\n<p>{@code ").append(op.method()).append(' ').append(Docs.javadoc(op.path())).append("}\n");
    if (withParams) {
      doc.append('\n');
      for (Parameter p : ordered(op)) {
        String d = Docs.javadoc(p.description());
        doc.append("@param ").append(p.javaName()).append(' ')
            .append(d.isEmpty() ? "the {@code " + p.name() + "} " + p.in().name().toLowerCase() + " parameter" : d)
            .append(p.required() ? " (required)" : "").append('\n');
      }
      if (op.request() != null) {
        String d = Docs.javadoc(op.request().description());
        doc.append("@param ").append(BODY).append(' ').append(d.isEmpty() ? "the request body" : d).append('\n');
      }
      if (op.response() != null) {
        String d = Docs.javadoc(op.response().description());
        doc.append("@return ").append(d.isEmpty() ? "the response" : d).append('\n');
      }
    }
    if (op.deprecated()) {
      doc.append("@deprecated the service deprecates this operation\n");
    }
    return doc.toString();
  }

  private Optional<RecordType> record(TypeRef type) {
    if (type instanceof TypeRef.Named n && types.def(n) instanceof RecordType r) {
      return Optional.of(r);
    }
    return Optional.empty();
  }

  private static Property property(RecordType r, String json) {
    return r.properties().stream().filter(p -> p.jsonName().equals(json)).findFirst().orElseThrow(
        () -> new IllegalStateException("no property " + json + " in " + r.name()));
  }

  private static String getter(Property p) {
    return "get" + JavaIdentifiers.capitalize(p.javaName());
  }

  private static String setter(Property p) {
    return "set" + JavaIdentifiers.capitalize(p.javaName());
  }

  private MethodSpec paging(Operation op, Pagination p) {
    TypeName item = types.of(p.itemType());
    TypeName responseType = types.of(op.response().type());
    RecordType response = record(op.response().type()).orElseThrow();
    Property items = property(response, p.items());
    MethodSpec.Builder m = MethodSpec.methodBuilder(op.javaName() + "All").addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(ParameterizedTypeName.get(types.support("Paged"), item));
    Parameter pagingParam = p.requestInBody() || p.style() == Pagination.Style.NEXT_REQUEST ? null
        : op.parameters().stream().filter(x -> x.in() == Parameter.In.QUERY && x.name().equals(p.request())).findFirst().orElseThrow();
    StringBuilder doc = new StringBuilder("Every item of {@link #").append(op.javaName()).append("}, fetched lazily page by page");
    doc.append(switch (p.style()) {
      case TOKEN -> " by following {@code " + p.response() + "}";
      case OFFSET -> " by advancing {@code " + p.request() + "}";
      case INDEX -> " by advancing the 1-based {@code " + p.request() + "}";
      case PAGE -> " by advancing the page number {@code " + p.request() + "}";
      case NEXT_REQUEST -> " by sending {@code " + p.response() + "} as the next request";
    });
    doc.append(".\n\n");
    for (Parameter x : ordered(op)) {
      if (x != pagingParam) {
        m.addParameter(types.of(x.type()), x.javaName());
        doc.append("@param ").append(x.javaName()).append(" as for {@link #").append(op.javaName()).append("}\n");
      }
    }
    TypeName bodyType = op.request() == null ? null : types.of(op.request().type());
    if (bodyType != null) {
      m.addParameter(bodyType, BODY);
      doc.append("@param ").append(BODY).append(" the request of the first page; it is not modified\n");
    }
    doc.append("@return the items, fetched as iteration goes\n");
    m.addJavadoc("$L", doc.toString());

    CodeBlock.Builder fetch = CodeBlock.builder();
    CodeBlock next;
    CodeBlock cursorArg;
    switch (p.style()) {
      case TOKEN -> {
        TypeName tokenType = pagingParam != null ? types.of(pagingParam.type())
            : types.of(property(record(op.request().type()).orElseThrow(), p.request()).type());
        cursorArg = CodeBlock.of("($T) cursor", tokenType);
        next = CodeBlock.of("page == null ? null : $T.token(page.$L())", types.support("Paged"),
            getter(property(response, p.response())));
      }
      case NEXT_REQUEST -> {
        cursorArg = null;
        next = CodeBlock.of("page == null ? null : page.$L()", getter(property(response, p.response())));
      }
      default -> {
        boolean index = p.style() == Pagination.Style.INDEX;
        boolean pageNumber = p.style() == Pagination.Style.PAGE;
        TypeRef numberType = pagingParam != null ? pagingParam.type()
            : property(record(op.request().type()).orElseThrow(), p.request()).type();
        fetch.addStatement("long[] at = cursor == null ? new long[] {$L, 0L} : (long[]) cursor", index || pageNumber ? "1L" : "0L");
        cursorArg = CodeBlock.of("$L", number(numberType, "at[0]"));
        CodeBlock more;
        if (p.style() == Pagination.Style.OFFSET) {
          more = p.response() == null ? CodeBlock.of("n > 0")
              : CodeBlock.of("n > 0 && page != null && $T.TRUE.equals(page.$L())", Boolean.class, getter(property(response, p.response())));
        } else {
          more = p.response() == null ? CodeBlock.of("n > 0")
              : CodeBlock.of("n > 0 && (page == null || page.$L() == null || at[1] + n < page.$L())",
                  getter(property(response, p.response())), getter(property(response, p.response())));
        }
        next = CodeBlock.of("$L ? new long[] {at[0] + $L, at[1] + n} : null", more, pageNumber ? "1" : "n");
      }
    }
    // The call, with the cursor in place of the paging parameter or body field.
    List<CodeBlock> args = new ArrayList<>();
    for (Parameter x : ordered(op)) {
      args.add(x == pagingParam
          ? (p.style() == Pagination.Style.TOKEN ? CodeBlock.of("cursor == null ? null : $L", cursorArg) : cursorArg)
          : CodeBlock.of("$N", x.javaName()));
    }
    if (bodyType != null) {
      if (p.style() == Pagination.Style.NEXT_REQUEST) {
        fetch.addStatement("$T request = cursor == null ? $N : ($T) cursor", bodyType, BODY, bodyType);
      } else if (p.requestInBody()) {
        Property field = property(record(op.request().type()).orElseThrow(), p.request());
        if (p.style() == Pagination.Style.TOKEN) {
          fetch.addStatement("$T request = cursor == null ? $N : ($N == null ? new $T() : $N.copy()).$L($L)",
              bodyType, BODY, BODY, bodyType, BODY, setter(field), cursorArg);
        } else {
          fetch.addStatement("$T request = ($N == null ? new $T() : $N.copy()).$L($L)",
              bodyType, BODY, bodyType, BODY, setter(field), cursorArg);
        }
      } else {
        fetch.addStatement("$T request = $N", bodyType, BODY);
      }
      args.add(CodeBlock.of("request"));
    }
    fetch.addStatement("$T page = $N($L)", responseType, op.javaName(), CodeBlock.join(args, ", "));
    fetch.addStatement("$T items = page == null ? null : page.$L()", types.of(items.type()), getter(items));
    if (p.style() != Pagination.Style.TOKEN && p.style() != Pagination.Style.NEXT_REQUEST) {
      fetch.addStatement("int n = items == null ? 0 : items.size()");
    }
    fetch.addStatement("return $T.page(items, $L)", types.support("Paged"), next);
    m.addCode("return $T.of(cursor -> {\n$>$L$<});\n", types.support("Paged"), fetch.build());
    return m.build();
  }

  private String number(TypeRef type, String longExpr) {
    if (type.equals(TypeRef.of(TypeRef.PrimitiveKind.INT32))) {
      return "Integer.valueOf((int) " + longExpr + ")";
    }
    if (type.equals(TypeRef.of(TypeRef.PrimitiveKind.INT64))) {
      return "Long.valueOf(" + longExpr + ")";
    }
    if (type.equals(TypeRef.of(TypeRef.PrimitiveKind.STRING))) {
      return "String.valueOf(" + longExpr + ")";
    }
    return "Double.valueOf(" + longExpr + ")";
  }

  private MethodSpec waiting(Operation op, Operation poll, Wait w, boolean async) {
    TypeName polled = types.of(poll.response().type());
    TypeName options = ParameterizedTypeName.get(types.support("WaitOptions"), polled);
    String name = op.javaName() + (async ? "AndWaitAsync" : "AndWait");
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), polled) : polled);
    StringBuilder doc = new StringBuilder("Calls {@link #").append(op.javaName()).append("}, then polls {@link #")
        .append(poll.javaName()).append("} until {@code ").append(String.join(".", w.statePath())).append("} is ")
        .append(String.join(" or ", w.target())).append('.');
    if (!w.failure().isEmpty()) {
      doc.append(" Stops with {@code WaitFailedException} on ").append(String.join(", ", w.failure())).append('.');
    }
    doc.append(async ? " Returns at once; polls run on a shared scheduler thread.\n\n" : "\n\n");
    List<String> args = new ArrayList<>();
    for (Parameter x : ordered(op)) {
      m.addParameter(types.of(x.type()), x.javaName());
      args.add(x.javaName());
      doc.append("@param ").append(x.javaName()).append(" as for {@link #").append(op.javaName()).append("}\n");
    }
    if (op.request() != null) {
      m.addParameter(types.of(op.request().type()), BODY);
      args.add(BODY);
      doc.append("@param ").append(BODY).append(" as for {@link #").append(op.javaName()).append("}\n");
    }
    m.addParameter(options, "options");
    doc.append("@param options the timeout (always the caller's choice), poll intervals and progress callback\n");
    doc.append(async ? "@return a future of the last polled value\n" : "@return the last polled value, in a target state\n");
    if (!async) {
      doc.append("@throws ").append(types.support("WaitFailedException").canonicalName()).append(" on a failure state\n");
      doc.append("@throws ").append(types.support("WaitTimeoutException").canonicalName()).append(" when the timeout passes\n");
    }
    m.addJavadoc("$L", doc.toString());

    boolean usesResponse = w.bindings().stream().anyMatch(Wait.Binding::fromResponse);
    if (usesResponse) {
      m.addStatement("$T response = $N($L)", returnType(op), op.javaName(), String.join(", ", args));
    } else {
      m.addStatement("$N($L)", op.javaName(), String.join(", ", args));
    }
    List<CodeBlock> pollArgs = new ArrayList<>();
    for (Parameter x : ordered(poll)) {
      Optional<Wait.Binding> b = w.bindings().stream().filter(y -> y.pollInput().equals(x.name())).findFirst();
      pollArgs.add(b.map(y -> source(op, y)).orElse(CodeBlock.of("null")));
    }
    if (poll.request() != null) {
      TypeName pollBody = types.of(poll.request().type());
      CodeBlock.Builder body = CodeBlock.builder().add("new $T()", pollBody);
      RecordType r = record(poll.request().type()).orElseThrow();
      for (Wait.Binding b : w.bindings()) {
        r.properties().stream().filter(p -> p.jsonName().equals(b.pollInput())).findFirst()
            .ifPresent(p -> body.add(".$L($L)", setter(p), source(op, b)));
      }
      pollArgs.add(body.build());
    }
    CodeBlock pollCall = CodeBlock.of("() -> $N($L)", poll.javaName(), CodeBlock.join(pollArgs, ", "));
    TypeName reader = ParameterizedTypeName.get(ClassName.get(java.util.function.Function.class), polled, ClassName.get(String.class));
    m.addCode("$T state = $L;\n", reader, readPath(poll, w.statePath()));
    m.addCode("$T message = $L;\n", reader,
        w.messagePath().isEmpty() ? CodeBlock.of("value -> null") : readPath(poll, w.messagePath()));
    m.addStatement("return $T.$L($L, state, message,\n$>$T.asList($L), $T.asList($L), options)$<",
        types.support("Waiter"), async ? "pollAsync" : "poll", pollCall,
        java.util.Arrays.class, strings(w.target()),
        java.util.Arrays.class, strings(w.failure()));
    return m.build();
  }

  private static CodeBlock strings(List<String> values) {
    return strings(values, false);
  }

  /** String literals separated by commas; braced as an annotation's array value when {@code braced}. */
  private static CodeBlock strings(List<String> values, boolean braced) {
    List<CodeBlock> out = new ArrayList<>();
    for (String v : values) {
      out.add(CodeBlock.of("$S", v));
    }
    if (braced) {
      return out.size() == 1 ? out.get(0) : CodeBlock.of("{$L}", CodeBlock.join(out, ", "));
    }
    return out.isEmpty() ? CodeBlock.of("new String[0]") : CodeBlock.join(out, ", ");
  }

  private CodeBlock source(Operation op, Wait.Binding b) {
    if (b.fromResponse()) {
      return CodeBlock.of("response.$L()", getter(property(record(op.response().type()).orElseThrow(), b.source())));
    }
    Optional<Parameter> param = op.parameters().stream().filter(x -> x.name().equals(b.source())).findFirst();
    if (param.isPresent()) {
      return CodeBlock.of("$N", param.get().javaName());
    }
    return CodeBlock.of("$N.$L()", BODY, getter(property(record(op.request().type()).orElseThrow(), b.source())));
  }

  /** A lambda reading a dotted path of the polled value as a String, null-safe at every step. */
  private CodeBlock readPath(Operation poll, List<String> path) {
    CodeBlock.Builder b = CodeBlock.builder().add("value -> {\n$>");
    b.addStatement("if (value == null) return null");
    TypeRef type = poll.response().type();
    String current = "value";
    for (int i = 0; i < path.size(); i++) {
      Property p = property(record(type).orElseThrow(), path.get(i));
      String var = "v" + i;
      b.addStatement("$T $L = $L.$L()", types.of(p.type()), var, current, getter(p));
      b.addStatement("if ($L == null) return null", var);
      current = var;
      type = p.type();
    }
    if (type instanceof TypeRef.Named n && types.def(n) instanceof EnumType) {
      b.addStatement("return String.valueOf($L.value())", current);
    } else {
      b.addStatement("return String.valueOf($L)", current);
    }
    return b.add("$<}").build();
  }

}
