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
import dev.brickapi.codegen.naming.NameTable;
import dev.brickapi.codegen.naming.WaitMethodNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Emits the waiting methods of {@code x-brickapi-wait}. For a wait of {@code createPet} polling {@code getPet}
 * until AVAILABLE, after {@code getPet}: {@code waitGetPetAvailable(petId[, options])} and its {@code Async}
 * twin, which wait for an existing resource (emitted once for all waits with that poll operation and target);
 * after {@code createPet}: {@code createPetAndWait(body[, options])}, which calls and then waits through
 * {@code waitGetPetAvailable}, and {@code createPetAndWaitAsync}, which returns a {@code Wait} at once and makes
 * both the call and the polls on the runtime's pool. The overloads without options wait 20 minutes.
 */
final class WaitEmitter {

  private static final String DEFAULTS = " Waits at most 20 minutes ({@code WaitOptions.defaults()}).";
  private static final String OPTIONS = " the timeout, poll intervals and progress callback\n";

  private final JavaTypes types;
  private final FieldAccess fields;

  WaitEmitter(JavaTypes types) {
    this.types = types;
    this.fields = new FieldAccess(types);
  }

  /** A wait for an existing resource: its method name, the poll operation, how it waits and its inputs. */
  private record Existing(String name, Operation poll, PollingWait how, List<Operation> starters, List<Input> inputs) {}

  /** A poll input the wait binds, a parameter of the existing-resource method: a parameter or a body field. */
  private record Input(String json, TypeName type, String javaName, boolean inBody) {}

  /** A method's parameter list and the names of its locals, none of them a parameter's. */
  private record Signature(List<TypeName> types, List<String> names, NameTable locals) {
    static Signature of(List<TypeName> types, List<String> names) {
      return new Signature(types, names, new NameTable(names.toArray(new String[0])));
    }
  }

  /** {@code <op>AndWait} and {@code <op>AndWaitAsync}, each with and without options. */
  List<MethodSpec> emit(Service service, Operation op, Wait wait) {
    return wait.match(w -> {
      Existing target = existing(service, w);
      List<MethodSpec> out = new ArrayList<>();
      for (boolean async : new boolean[] {false, true}) {
        out.add(andWait(op, w, target, async, true));
        out.add(andWait(op, w, target, async, false));
      }
      return out;
    });
  }

  /** The existing-resource waits that poll {@code poll}, each once, with and without options, blocking and async. */
  List<MethodSpec> existing(Service service, Operation poll) {
    Map<String, Existing> byName = new LinkedHashMap<>();
    for (Operation op : service.operations()) {
      op.waiting().ifPresent(wait -> wait.match(w -> {
        if (w.poll().equals(poll.operationId())) {
          byName.computeIfAbsent(WaitMethodNames.existing(poll.javaName(), w.target()), n -> existing(service, w));
        }
        return null;
      }));
    }
    List<MethodSpec> out = new ArrayList<>();
    for (Existing e : byName.values()) {
      for (boolean async : new boolean[] {false, true}) {
        out.add(waitFor(e, async, true));
        out.add(waitFor(e, async, false));
      }
    }
    return out;
  }

  private Existing existing(Service service, PollingWait w) {
    Operation poll = service.operations().stream().filter(o -> o.operationId().equals(w.poll())).findFirst().orElseThrow();
    String name = WaitMethodNames.existing(poll.javaName(), w.target());
    List<Operation> starters = new ArrayList<>();
    for (Operation op : service.operations()) {
      op.waiting().ifPresent(wait -> wait.match(x -> x.poll().equals(w.poll()) && x.target().equals(w.target())
          ? starters.add(op) : null));
    }
    List<Input> inputs = new ArrayList<>();
    for (Parameter x : FieldAccess.ordered(poll)) {
      if (bound(w, x.name())) {
        inputs.add(new Input(x.name(), types.of(x.type()), x.javaName(), false));
      }
    }
    if (poll.request() != null) {
      for (Property p : fields.record(poll.request().type()).properties()) {
        if (bound(w, p.jsonName())) {
          inputs.add(new Input(p.jsonName(), types.of(p.type()), p.javaName(), true));
        }
      }
    }
    List<String> order = poll.call() == null ? List.of() : poll.call().required();
    inputs.sort(java.util.Comparator.comparingInt(in -> {
      int i = order.indexOf(in.json());
      for (int k = 0; i < 0 && k < order.size(); k++) {
        i = order.get(k).endsWith(":" + in.json()) ? k : -1;
      }
      return i < 0 ? order.size() : i;
    }));
    return new Existing(name, poll, w, starters, inputs);
  }

  private static boolean bound(PollingWait w, String input) {
    return w.bindings().stream().anyMatch(b -> b.pollInput().equals(input));
  }

  /**
   * {@code waitGetPetAvailable[Async](petId[, options])}; without options it passes the defaults.
   */
  private MethodSpec waitFor(Existing e, boolean async, boolean withOptions) {
    TypeName polled = types.of(e.poll().response().type());
    List<TypeName> paramTypes = new ArrayList<>();
    List<String> paramNames = new ArrayList<>();
    for (Input in : e.inputs()) {
      paramTypes.add(in.type());
      paramNames.add(in.javaName());
    }
    Signature sig = Signature.of(paramTypes, paramNames);
    String options = sig.locals().allocate("options");
    String name = async ? WaitMethodNames.async(e.name()) : e.name();
    MethodSpec.Builder m = start(name, sig, withOptions ? options : null, polled,
        async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), polled) : polled);
    PollingWait w = e.how();
    StringBuilder doc = new StringBuilder("Waits until {@code ").append(String.join(".", w.statePath())).append("} of {@link #")
        .append(e.poll().javaName()).append("} is ").append(String.join(" or ", w.target())).append(", polling it: for a resource")
        .append(" that exists already, e.g. after {@link #").append(e.starters().get(0).javaName()).append("}.")
        .append(stops(w)).append(async ? " Returns at once; polls run on the runtime's poll pool." : "")
        .append(withOptions ? "" : DEFAULTS).append("\n\n");
    for (Input in : e.inputs()) {
      doc.append("@param ").append(in.javaName()).append(" as for {@link #").append(e.poll().javaName()).append("}\n");
    }
    if (withOptions) {
      doc.append("@param ").append(options).append(OPTIONS);
    }
    doc.append(async ? "@return a future of the last polled value; it fails as the blocking method throws\n"
        : "@return the last polled value, in a target state\n");
    if (!async) {
      throwsDoc(doc);
    }
    m.addJavadoc("$L", doc.toString());
    if (!withOptions) {
      return withDefaults(m, name, sig.names());
    }

    List<CodeBlock> pollArgs = new ArrayList<>();
    for (Parameter x : FieldAccess.ordered(e.poll())) {
      Optional<Input> in = e.inputs().stream().filter(y -> !y.inBody() && y.json().equals(x.name())).findFirst();
      pollArgs.add(in.map(y -> CodeBlock.of("$N", y.javaName())).orElse(CodeBlock.of("null")));
    }
    if (e.poll().request() != null) {
      CodeBlock.Builder body = CodeBlock.builder().add("new $T()", types.of(e.poll().request().type()));
      RecordType r = fields.record(e.poll().request().type());
      for (Input in : e.inputs()) {
        if (in.inBody()) {
          body.add(".$L($N)", FieldAccess.setter(FieldAccess.property(r, in.json())), in.javaName());
        }
      }
      pollArgs.add(body.build());
    }
    String state = sig.locals().allocate("state");
    String message = sig.locals().allocate("message");
    String value = sig.locals().allocate("value");
    List<String> taken = new ArrayList<>(sig.names());
    taken.addAll(List.of(options, state, message, value));
    TypeName reader = ParameterizedTypeName.get(ClassName.get(Function.class), polled, ClassName.get(String.class));
    m.addCode("$T $N = $L;\n", reader, state, readPath(e.poll(), w.statePath(), value, taken));
    m.addCode("$T $N = $L;\n", reader, message,
        w.messagePath().isEmpty() ? CodeBlock.of("$N -> null", value) : readPath(e.poll(), w.messagePath(), value, taken));
    m.addStatement("return $T.$L(() -> $N($L), $N, $N,\n$>$T.asList($L), $T.asList($L), $N)$<",
        types.support("Waiter"), async ? "pollAsync" : "poll", e.poll().javaName(), CodeBlock.join(pollArgs, ", "),
        state, message, Arrays.class, strings(w.target()), Arrays.class, strings(w.failure()), options);
    return m.build();
  }

  /**
   * {@code createPetAndWait[Async](body[, options])}: calls, then waits through the existing-resource wait;
   * without options it passes the defaults.
   */
  private MethodSpec andWait(Operation op, PollingWait w, Existing target, boolean async, boolean withOptions) {
    TypeName polled = types.of(target.poll().response().type());
    TypeName response = op.response() == null ? ClassName.get(Void.class) : types.of(op.response().type());
    List<TypeName> paramTypes = new ArrayList<>();
    List<String> paramNames = new ArrayList<>();
    for (Parameter x : FieldAccess.ordered(op)) {
      paramTypes.add(types.of(x.type()));
      paramNames.add(x.javaName());
    }
    if (op.request() != null) {
      paramTypes.add(types.of(op.request().type()));
      paramNames.add(BODY);
    }
    Signature sig = Signature.of(paramTypes, paramNames);
    String options = sig.locals().allocate("options");
    String result = sig.locals().allocate("response");
    String blocking = WaitMethodNames.andWait(op.javaName());
    String waitName = async ? WaitMethodNames.async(target.name()) : target.name();
    String name = async ? WaitMethodNames.async(blocking) : blocking;
    MethodSpec.Builder m = start(name, sig, withOptions ? options : null, polled, async
        ? ParameterizedTypeName.get(types.support("Wait"), response, polled) : polled);
    StringBuilder doc = new StringBuilder("Calls {@link #").append(op.javaName()).append("}, then waits as {@link #")
        .append(waitName).append("}: until {@code ").append(String.join(".", w.statePath())).append("} of {@link #")
        .append(target.poll().javaName()).append("} is ").append(String.join(" or ", w.target())).append('.').append(stops(w));
    doc.append(async ? " Returns at once: the call and the polls run on the runtime's poll pool." : "")
        .append(withOptions ? "" : DEFAULTS).append("\n\n");
    for (String p : paramNames) {
      doc.append("@param ").append(p).append(" as for {@link #").append(op.javaName()).append("}\n");
    }
    if (withOptions) {
      doc.append("@param ").append(options).append(OPTIONS);
    }
    if (async) {
      doc.append("@return the wait: {@code response()} is the answer of {@link #").append(op.javaName())
          .append("} as soon as it arrives, {@code get()} the last polled value\n");
    } else {
      doc.append("@return the last polled value, in a target state\n");
      throwsDoc(doc);
    }
    m.addJavadoc("$L", doc.toString());
    if (!withOptions) {
      return withDefaults(m, name, paramNames);
    }

    List<CodeBlock> waitArgs = new ArrayList<>();
    for (Input in : target.inputs()) {
      PollingWait.Binding b = w.bindings().stream().filter(y -> y.pollInput().equals(in.json())).findFirst().orElseThrow();
      waitArgs.add(source(op, b, result));
    }
    waitArgs.add(CodeBlock.of("$N", options));
    CodeBlock call = CodeBlock.of("$N($L)", op.javaName(), String.join(", ", paramNames));
    CodeBlock then = CodeBlock.of("$N($L)", waitName, CodeBlock.join(waitArgs, ", "));
    boolean usesResponse = w.bindings().stream().anyMatch(PollingWait.Binding::fromResponse);
    if (async && op.response() == null) {
      m.addStatement("return $T.runAsync(() -> $L,\n$>() -> $L)$<", types.support("Waiter"), call, then);
    } else if (async) {
      m.addStatement("return $T.startAsync(() -> $L,\n$>$N -> $L)$<", types.support("Waiter"), call, result, then);
    } else if (usesResponse) {
      m.addStatement("$T $N = $L", response, result, call);
      m.addStatement("return $L", then);
    } else {
      m.addStatement("$L", call);
      m.addStatement("return $L", then);
    }
    return m.build();
  }

  /** A waiting method's declaration: the parameters and, unless null, the options. */
  private MethodSpec.Builder start(String name, Signature sig, String options, TypeName polled, TypeName returns) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT).returns(returns);
    for (int i = 0; i < sig.names().size(); i++) {
      m.addParameter(sig.types().get(i), sig.names().get(i));
    }
    if (options != null) {
      m.addParameter(ParameterizedTypeName.get(types.support("WaitOptions"), polled), options);
    }
    return m;
  }

  /** The body of an overload without options: the same call with {@code WaitOptions.defaults()}. */
  private MethodSpec withDefaults(MethodSpec.Builder m, String name, List<String> args) {
    List<CodeBlock> all = new ArrayList<>();
    args.forEach(a -> all.add(CodeBlock.of("$N", a)));
    all.add(CodeBlock.of("$T.defaults()", types.support("WaitOptions")));
    return m.addStatement("return $N($L)", name, CodeBlock.join(all, ", ")).build();
  }

  private static String stops(PollingWait w) {
    return w.failure().isEmpty() ? "" : " Stops with {@code WaitFailedException} on " + String.join(", ", w.failure()) + ".";
  }

  private void throwsDoc(StringBuilder doc) {
    doc.append("@throws ").append(types.support("WaitFailedException").canonicalName()).append(" on a failure state\n");
    doc.append("@throws ").append(types.support("WaitTimeoutException").canonicalName()).append(" when the timeout passes\n");
    doc.append("@throws ").append(types.support("WaitInterruptedException").canonicalName())
        .append(" when the thread is interrupted (never reported as a timeout)\n");
  }

  private static CodeBlock strings(List<String> values) {
    List<CodeBlock> out = new ArrayList<>();
    for (String v : values) {
      out.add(CodeBlock.of("$S", v));
    }
    return out.isEmpty() ? CodeBlock.of("new String[0]") : CodeBlock.join(out, ", ");
  }

  private CodeBlock source(Operation op, PollingWait.Binding b, String response) {
    if (b.fromResponse()) {
      return CodeBlock.of("$N.$L()", response,
          FieldAccess.getter(FieldAccess.property(fields.record(op.response().type()), b.source())));
    }
    Optional<Parameter> param = op.parameters().stream().filter(x -> x.name().equals(b.source())).findFirst();
    if (param.isPresent()) {
      return CodeBlock.of("$N", param.get().javaName());
    }
    return CodeBlock.of("$N.$L()", BODY, FieldAccess.getter(FieldAccess.property(fields.record(op.request().type()), b.source())));
  }

  /** A lambda reading a dotted path of the polled value as a String, null-safe at every step. */
  private CodeBlock readPath(Operation poll, List<String> path, String value, List<String> taken) {
    NameTable locals = new NameTable(taken.toArray(new String[0]));
    CodeBlock.Builder b = CodeBlock.builder().add("$N -> {\n$>", value);
    b.addStatement("if ($N == null) return null", value);
    TypeRef type = poll.response().type();
    String current = value;
    for (int i = 0; i < path.size(); i++) {
      Property p = FieldAccess.property(fields.record(type), path.get(i));
      String var = locals.allocate("v" + i);
      b.addStatement("$T $N = $N.$L()", types.of(p.type()), var, current, FieldAccess.getter(p));
      b.addStatement("if ($N == null) return null", var);
      current = var;
      type = p.type();
    }
    if (type instanceof TypeRef.Named n && types.def(n) instanceof EnumType) {
      b.addStatement("return String.valueOf($N.value())", current);
    } else {
      b.addStatement("return String.valueOf($N)", current);
    }
    return b.add("$<}").build();
  }
}
