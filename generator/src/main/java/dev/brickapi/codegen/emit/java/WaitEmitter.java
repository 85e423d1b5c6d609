package dev.brickapi.codegen.emit.java;

import static dev.brickapi.codegen.emit.java.FieldAccess.BODY;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.brickapi.codegen.model.EnumType;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.PollingWait;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.Wait;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Emits the waiting methods of a long-running operation ({@code <operation>AndWait} and {@code
 * <operation>AndWaitAsync}), one way of waiting per {@link Wait} record.
 */
final class WaitEmitter {

  private final JavaTypes types;
  private final FieldAccess fields;

  WaitEmitter(JavaTypes types) {
    this.types = types;
    this.fields = new FieldAccess(types);
  }

  List<MethodSpec> emit(Service service, Operation op, Wait wait) {
    return wait.match(w -> {
      Operation poll = service.operations().stream().filter(o -> o.operationId().equals(w.poll())).findFirst().orElseThrow();
      return List.of(polling(op, poll, w, false), polling(op, poll, w, true));
    });
  }

  private MethodSpec polling(Operation op, Operation poll, PollingWait w, boolean async) {
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
    for (Parameter x : FieldAccess.ordered(op)) {
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

    boolean usesResponse = w.bindings().stream().anyMatch(PollingWait.Binding::fromResponse);
    if (usesResponse) {
      m.addStatement("$T response = $N($L)", op.response() == null ? TypeName.VOID : types.of(op.response().type()),
          op.javaName(), String.join(", ", args));
    } else {
      m.addStatement("$N($L)", op.javaName(), String.join(", ", args));
    }
    List<CodeBlock> pollArgs = new ArrayList<>();
    for (Parameter x : FieldAccess.ordered(poll)) {
      Optional<PollingWait.Binding> b = w.bindings().stream().filter(y -> y.pollInput().equals(x.name())).findFirst();
      pollArgs.add(b.map(y -> source(op, y)).orElse(CodeBlock.of("null")));
    }
    if (poll.request() != null) {
      CodeBlock.Builder body = CodeBlock.builder().add("new $T()", types.of(poll.request().type()));
      RecordType r = fields.record(poll.request().type());
      for (PollingWait.Binding b : w.bindings()) {
        r.properties().stream().filter(p -> p.jsonName().equals(b.pollInput())).findFirst()
            .ifPresent(p -> body.add(".$L($L)", FieldAccess.setter(p), source(op, b)));
      }
      pollArgs.add(body.build());
    }
    CodeBlock pollCall = CodeBlock.of("() -> $N($L)", poll.javaName(), CodeBlock.join(pollArgs, ", "));
    TypeName reader = ParameterizedTypeName.get(ClassName.get(Function.class), polled, ClassName.get(String.class));
    m.addCode("$T state = $L;\n", reader, readPath(poll, w.statePath()));
    m.addCode("$T message = $L;\n", reader,
        w.messagePath().isEmpty() ? CodeBlock.of("value -> null") : readPath(poll, w.messagePath()));
    m.addStatement("return $T.$L($L, state, message,\n$>$T.asList($L), $T.asList($L), options)$<",
        types.support("Waiter"), async ? "pollAsync" : "poll", pollCall,
        Arrays.class, strings(w.target()), Arrays.class, strings(w.failure()));
    return m.build();
  }

  private static CodeBlock strings(List<String> values) {
    List<CodeBlock> out = new ArrayList<>();
    for (String v : values) {
      out.add(CodeBlock.of("$S", v));
    }
    return out.isEmpty() ? CodeBlock.of("new String[0]") : CodeBlock.join(out, ", ");
  }

  private CodeBlock source(Operation op, PollingWait.Binding b) {
    if (b.fromResponse()) {
      return CodeBlock.of("response.$L()", FieldAccess.getter(FieldAccess.property(fields.record(op.response().type()), b.source())));
    }
    Optional<Parameter> param = op.parameters().stream().filter(x -> x.name().equals(b.source())).findFirst();
    if (param.isPresent()) {
      return CodeBlock.of("$N", param.get().javaName());
    }
    return CodeBlock.of("$N.$L()", BODY, FieldAccess.getter(FieldAccess.property(fields.record(op.request().type()), b.source())));
  }

  /** A lambda reading a dotted path of the polled value as a String, null-safe at every step. */
  private CodeBlock readPath(Operation poll, List<String> path) {
    CodeBlock.Builder b = CodeBlock.builder().add("value -> {\n$>");
    b.addStatement("if (value == null) return null");
    TypeRef type = poll.response().type();
    String current = "value";
    for (int i = 0; i < path.size(); i++) {
      Property p = FieldAccess.property(fields.record(type), path.get(i));
      String var = "v" + i;
      b.addStatement("$T $L = $L.$L()", types.of(p.type()), var, current, FieldAccess.getter(p));
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
