package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.brickapi.codegen.model.CallShape;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.naming.OperationNames;
import dev.brickapi.codegen.naming.RecordNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits the public methods of a service class, each over a method of its package-private Feign interface
 * ({@code Wire}): for an operation with a request object, the method taking the request ({@code
 * getSecret(GetSecretRequest)}) and the short overload of its required values in call order ({@code
 * getSecret(scope, key)}), which fills a request in; for the others, the positional method alone. The paging and
 * waiting methods of the operation get the same two forms; the waits for an existing resource take what the
 * wire's do.
 */
final class FacadeMethods {

  /** The parameter of the request form; no spec parameter takes this name ({@code OperationNames}). */
  static final String REQUEST = "request";
  /** The field holding the Feign implementation. */
  static final String WIRE = "wire";

  private final JavaTypes types;
  private final FieldAccess fields;

  FacadeMethods(JavaTypes types) {
    this.types = types;
    this.fields = new FieldAccess(types);
  }

  /** What one operation's inputs are called on the wire and where each comes from in the request. */
  private final class Inputs {
    final Operation op;
    final CallShape call;
    /** Wire parameter name to parameter key, or {@link CallShape#BODY} for the body. */
    final Map<String, String> byWireName = new HashMap<>();
    final RecordType request;
    final RecordNames requestNames;

    Inputs(Operation op, OperationNames names) {
      this.op = op;
      this.call = op.call();
      for (Parameter p : op.parameters()) {
        byWireName.put(names.parameter(p.in().name(), p.name()), CallShape.key(p));
      }
      if (op.request() != null) {
        byWireName.put(names.body(), CallShape.BODY);
      }
      this.request = call.request() == null ? null : fields.record(call.request());
      this.requestNames = call.request() == null ? null : fields.names(call.request());
    }

    boolean isInput(ParameterSpec p) {
      return byWireName.containsKey(p.name());
    }

    /** The value of a wire input, read from the request. */
    CodeBlock read(String wireName) {
      String key = byWireName.get(wireName);
      if (key.equals(CallShape.BODY)) {
        return call.body() == CallShape.BodyPassing.REQUEST ? CodeBlock.of("$N", REQUEST)
            : getter(call.bodyProperty());
      }
      Parameter p = op.parameters().stream().filter(x -> CallShape.key(x).equals(key)).findFirst().orElseThrow();
      if (p.member() != null) {
        return member(p.member(), getter(call.parameters().get(key)));
      }
      CodeBlock value = getter(call.parameters().get(key));
      Property property = FieldAccess.property(request, call.parameters().get(key));
      if (PropertyMembers.emptyWhenAbsent(property)) {
        // An absent list reads as empty; the wire leaves a null one out of the request.
        value = CodeBlock.of("$L.isEmpty() ? null : $L", value, value);
      }
      if (p.in() == Parameter.In.PATH) {
        value = CodeBlock.of("$T.required($L, $S)", types.support("Inputs"), value, p.name());
      }
      return value;
    }

    /**
     * One value of an object query parameter, read through the object ({@code request.getFilterBy()}) and any
     * nested object, null where one of them is absent; an empty list as null (nothing sent), a comma-separated
     * list joined.
     */
    private CodeBlock member(Parameter.Member m, CodeBlock object) {
      List<CodeBlock> nullChecks = new ArrayList<>();
      CodeBlock at = object;
      dev.brickapi.codegen.model.TypeRef type = m.objectType();
      for (int i = 0; i < m.path().size(); i++) {
        String json = m.path().get(i);
        nullChecks.add(CodeBlock.of("$L == null", at));
        Property property = FieldAccess.property(fields.record(type), json);
        at = CodeBlock.of("$L.$N()", at, fields.names(type).property(json).getter());
        type = property.type();
        if (i == m.path().size() - 1 && PropertyMembers.emptyWhenAbsent(property)) {
          nullChecks.add(CodeBlock.of("$L.isEmpty()", at));
        }
      }
      CodeBlock value = m.commaSeparated() ? CodeBlock.of("$T.commaSeparated($L)", types.support("Inputs"), at) : at;
      return CodeBlock.of("$L ? null : $L", CodeBlock.join(nullChecks, " || "), value);
    }

    /** A positional value as the wire takes it: a path parameter checked, the others as given. */
    CodeBlock positional(String wireName) {
      String key = byWireName.get(wireName);
      boolean path = key != null && op.parameters().stream()
          .anyMatch(x -> CallShape.key(x).equals(key) && x.in() == Parameter.In.PATH);
      return path ? CodeBlock.of("$T.required($N, $S)", types.support("Inputs"), wireName, key.substring(key.indexOf(':') + 1))
          : CodeBlock.of("$N", wireName);
    }

    private CodeBlock getter(String property) {
      return CodeBlock.of("$N.$N()", REQUEST, requestNames.property(property).getter());
    }
  }

  /**
   * The public methods over {@code wire}, one of the methods the Feign interface has for {@code op} (the
   * operation's own, its paging one, its waiting ones).
   */
  List<MethodSpec> over(Operation op, OperationNames names, MethodSpec wire, String reachedAs) {
    Inputs in = new Inputs(op, names);
    List<MethodSpec> out = new ArrayList<>();
    if (in.request == null) {
      // Positional: the inputs in call order, then what else the wire method takes (the wait options).
      List<ParameterSpec> ordered = new ArrayList<>(plain(wire.parameters()));
      ordered.sort(java.util.Comparator.comparingInt(p -> {
        int i = in.isInput(p) ? in.call.required().indexOf(in.byWireName.get(p.name())) : -1;
        return i < 0 ? Integer.MAX_VALUE : i;
      }));
      out.add(delegate(wire, answer(op, wire), ordered, args(wire, p -> in.positional(p.name())),
          javadoc(wire, in, false, ordered, example(reachedAs, wire.name(), names(ordered)))));
      return out;
    }
    ClassName requestType = JavaTypes.className(in.request.name());
    List<ParameterSpec> params = new ArrayList<>();
    boolean first = true;
    boolean others = false;
    for (ParameterSpec p : wire.parameters()) {
      if (in.isInput(p)) {
        if (first) {
          params.add(ParameterSpec.builder(requestType, REQUEST).build());
          first = false;
        }
      } else {
        params.add(ParameterSpec.builder(p.type(), p.name()).build());
        others = true;
      }
    }
    if (first) {
      params.add(0, ParameterSpec.builder(requestType, REQUEST).build());
    }
    out.add(delegate(wire, answer(op, wire), params,
        args(wire, p -> in.isInput(p) ? in.read(p.name()) : CodeBlock.of("$N", p.name())),
        javadoc(wire, in, true, List.of(), example(reachedAs, wire.name(), List.of(filled(in, requestType))))));
    if (!others && in.call.required().size() <= CallShape.MAX_POSITIONAL) {
      out.add(shortForm(wire, in, requestType, reachedAs));
    }
    return out;
  }

  /** The overload of the required values: fills a request in and calls the request form. */
  private MethodSpec shortForm(MethodSpec wire, Inputs in, ClassName requestType, String reachedAs) {
    TypeName returned = returned(in.op, wire);
    MethodSpec.Builder m = MethodSpec.methodBuilder(wire.name()).addModifiers(Modifier.PUBLIC).returns(returned);
    CodeBlock.Builder filled = CodeBlock.builder().add("new $T()", requestType);
    List<ParameterSpec> params = new ArrayList<>();
    for (String key : in.call.required()) {
      Property p = FieldAccess.property(in.request, key);
      RecordNames.PropertyNames n = in.requestNames.property(key);
      params.add(ParameterSpec.builder(types.of(p.type()), n.field()).build());
      filled.add(".$N($N)", n.setter(), n.field());
    }
    m.addParameters(params);
    m.addJavadoc("$L", javadoc(wire, in, false, params, example(reachedAs, wire.name(), names(params))));
    copyDeprecation(wire, m);
    String call = returned.equals(TypeName.VOID) ? "$N($L)" : "return $N($L)";
    return m.addStatement(call, wire.name(), filled.build()).build();
  }

  private static List<String> names(List<ParameterSpec> params) {
    return params.stream().map(ParameterSpec::name).toList();
  }

  /** A request filled in with its required values and, when it has some, its first optional one, by name. */
  private String filled(Inputs in, ClassName requestType) {
    StringBuilder out = new StringBuilder("new ").append(requestType.simpleName()).append("()");
    List<String> keys = new ArrayList<>(in.call.required());
    String pageField = in.op.pagination() == null ? null : in.op.pagination().requestField();
    in.request.properties().stream()
        .filter(p -> !keys.contains(p.jsonName()) && !p.readOnly() && !p.jsonName().equals(pageField)).findFirst()
        .ifPresent(p -> keys.add(p.jsonName()));
    for (String key : keys) {
      RecordNames.PropertyNames n = in.requestNames.property(key);
      out.append('.').append(n.setter()).append('(').append(n.field()).append(')');
    }
    return out.toString();
  }

  /** A line of Javadoc that shows the call as a client makes it: {@code workspace.secrets().getSecret(scope, key)}. */
  private static String example(String reachedAs, String method, List<String> args) {
    return "<p>For example: {@code " + reachedAs + "." + method + "(" + String.join(", ", args) + ")}";
  }

  private static String requestParam(Inputs in) {
    return "@param " + REQUEST + " the inputs by name: {@link " + in.request.name().simpleName() + "}\n";
  }

  private static MethodSpec delegate(MethodSpec wire, List<ParameterSpec> params, CodeBlock args, String doc) {
    return delegate(wire, null, params, args, doc);
  }

  /** What the public method returns: the typed answer of a streamed operation, else what the wire returns. */
  private TypeName returned(Operation op, MethodSpec wire) {
    return answer(op, wire) == null ? wire.returnType() : answer(op, wire);
  }

  /** The typed answer {@code wire}'s {@code BinaryResponse} is wrapped in, or null. */
  private ClassName answer(Operation op, MethodSpec wire) {
    return op.streamed() != null && wire.returnType().equals(types.support("BinaryResponse"))
        ? JavaTypes.className(op.streamed().name()) : null;
  }

  private static MethodSpec delegate(MethodSpec wire, ClassName answer, List<ParameterSpec> params, CodeBlock args,
      String doc) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(wire.name()).addModifiers(Modifier.PUBLIC)
        .returns(answer == null ? wire.returnType() : answer).addParameters(params).addJavadoc("$L", doc);
    copyDeprecation(wire, m);
    if (answer != null) {
      return m.addStatement("return new $T($N.$N($L))", answer, WIRE, wire.name(), args).build();
    }
    String call = wire.returnType().equals(TypeName.VOID) ? "$N.$N($L)" : "return $N.$N($L)";
    return m.addStatement(call, WIRE, wire.name(), args).build();
  }

  /** A wait for an existing resource: the same parameters as the wire's. */
  MethodSpec passThrough(MethodSpec wire) {
    return delegate(wire, plain(wire.parameters()), args(wire, p -> CodeBlock.of("$N", p.name())),
        wire.javadoc().toString());
  }

  /** The parameters without the wire's annotations ({@code @Param}). */
  private static List<ParameterSpec> plain(List<ParameterSpec> params) {
    List<ParameterSpec> out = new ArrayList<>();
    params.forEach(p -> out.add(ParameterSpec.builder(p.type(), p.name()).build()));
    return out;
  }

  private static void copyDeprecation(MethodSpec wire, MethodSpec.Builder m) {
    if (wire.annotations().stream().anyMatch(a -> a.type().equals(ClassName.get(Deprecated.class)))) {
      m.addAnnotation(Deprecated.class);
    }
  }

  private static CodeBlock args(MethodSpec wire, java.util.function.Function<ParameterSpec, CodeBlock> value) {
    List<CodeBlock> out = new ArrayList<>();
    wire.parameters().forEach(p -> out.add(value.apply(p)));
    return CodeBlock.join(out, ", ");
  }

  /**
   * The wire method's Javadoc for one form: its text and its {@code @return}/{@code @throws}; the inputs
   * documented as the request ({@code request}), as the required values ({@code shortParams}), or as they are.
   */
  private String javadoc(MethodSpec wire, Inputs in, boolean requestForm, List<ParameterSpec> shortParams,
      String example) {
    String text = wire.javadoc().toString();
    List<String> head = new ArrayList<>();
    List<String> params = new ArrayList<>();
    List<String> tail = new ArrayList<>();
    List<String> current = head;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("@param ")) {
        params.add(line);
        current = params;
      } else if (line.startsWith("@")) {
        tail.add(line);
        current = tail;
      } else if (current == head) {
        head.add(line);
      } else if (!line.isBlank()) {
        current.set(current.size() - 1, current.get(current.size() - 1) + "\n" + line);
      }
    }
    while (!head.isEmpty() && head.get(head.size() - 1).isBlank()) {
      head.remove(head.size() - 1);
    }
    if (!requestForm && in.request != null) {
      head.add("");
      head.add("<p>The required values only; {@link " + in.request.name().simpleName() + "} takes every input by name.");
    }
    head.add("");
    head.add(example);
    StringBuilder doc = new StringBuilder(String.join("\n", head)).append("\n\n");
    if (in.request == null) {
      List<String> order = shortParams.stream().map(ParameterSpec::name).toList();
      params.sort(java.util.Comparator.comparingInt(b -> order.indexOf(b.substring("@param ".length()).split("[ \n]", 2)[0])));
      params.forEach(l -> doc.append(l).append('\n'));
    } else if (requestForm) {
      boolean said = false;
      for (String block : params) {
        String name = block.substring("@param ".length()).split("[ \n]", 2)[0];
        if (in.byWireName.containsKey(name)) {
          if (!said) {
            doc.append(requestParam(in));
            said = true;
          }
        } else {
          doc.append(block).append('\n');
        }
      }
      if (!said) {
        doc.insert(doc.length(), requestParam(in));
      }
    } else {
      for (ParameterSpec p : shortParams) {
        String key = in.call.required().get(shortParams.indexOf(p));
        Property property = FieldAccess.property(in.request, key);
        String d = Docs.firstSentence(Docs.javadoc(property.description()));
        doc.append("@param ").append(p.name()).append(' ')
            .append(d.isEmpty() ? "the {@code " + key + "} value" : d).append(" (required)\n");
      }
    }
    tail.forEach(l -> {
      if (!l.isBlank()) {
        doc.append(l).append('\n');
      }
    });
    return doc.toString();
  }
}
