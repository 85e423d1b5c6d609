package dev.brickapi.it.wire;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.brickapi.codegen.model.CallShape;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.json.JsonCodec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The call a fixture stands for, made through the public service class (the facade) as a user would: the request
 * object built from the fixture's body (Jackson) with its path and query values set through the setters, or, for an
 * operation without a request object, its required values in the order of the short overload.
 */
final class FacadeCall {

  private static final ObjectMapper MAPPER = JsonCodec.newMapper();

  private final ClientModel model;
  private final ClientModel.Found found;
  private final Operation op;
  private final CallShape call;

  FacadeCall(ClientModel model, ClientModel.Found found) {
    this.model = model;
    this.found = found;
    this.op = found.operation();
    this.call = op.call();
  }

  /** Calls the operation with the fixture's inputs over {@code client}; returns what the method returns. */
  Object invoke(ApiClient client, WirePair pair) throws Throwable {
    Map<String, JsonNode> inputs = inputs(pair);
    Object facade = service(client);
    Method method;
    Object[] args;
    if (call.request() == null) {
      method = method(facade.getClass(), call.required().size(), null);
      args = new Object[call.required().size()];
      Type[] types = method.getGenericParameterTypes();
      for (int i = 0; i < args.length; i++) {
        JsonNode value = inputs.remove(call.required().get(i));
        args[i] = value == null ? null : convert(value, types[i]);
      }
    } else {
      Class<?> type = Class.forName(model.record(call.request()).name().qualified());
      method = method(facade.getClass(), 1, type);
      args = new Object[] {request(type, inputs)};
    }
    if (!inputs.isEmpty()) {
      throw new AssertionError(found + " takes no input " + inputs.keySet() + " that the fixture sends");
    }
    try {
      return method.invoke(facade, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Every input of the fixture by parameter key ({@code QUERY:scope}) or {@link CallShape#BODY}. */
  private Map<String, JsonNode> inputs(WirePair pair) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> v : found.pathValues().entrySet()) {
      if (!found.service().document().clientParameters().contains(v.getKey())) {
        out.put("PATH:" + v.getKey(), TextNode.valueOf(WirePair.decode(v.getValue())));
      }
    }
    for (Map.Entry<String, List<String>> q : pair.query().entrySet()) {
      Parameter p = parameter(Parameter.In.QUERY, q.getKey());
      JsonNode value = values(q.getValue(), p == null ? null : p.type());
      out.put(p == null ? "QUERY:" + q.getKey() : CallShape.key(p), value);
    }
    if (pair.request() != null) {
      out.put(CallShape.BODY, pair.request());
    }
    return out;
  }

  private Parameter parameter(Parameter.In in, String name) {
    return op.parameters().stream().filter(p -> p.in() == in && p.name().equals(name)).findFirst().orElse(null);
  }

  private static JsonNode values(List<String> values, TypeRef type) {
    boolean list = type instanceof TypeRef.ListOf;
    if (!list && values.size() == 1) {
      return TextNode.valueOf(values.get(0));
    }
    ArrayNode out = MAPPER.createArrayNode();
    values.forEach(out::add);
    return out;
  }

  /** The request object: the body through Jackson, each parameter through its setter. */
  private Object request(Class<?> type, Map<String, JsonNode> inputs) throws ReflectiveOperationException {
    RecordType record = model.record(call.request());
    JsonNode body = inputs.remove(CallShape.BODY);
    Object request = call.body() == CallShape.BodyPassing.REQUEST && body != null
        ? MAPPER.convertValue(body, type) : type.getConstructor().newInstance();
    if (body != null && call.body() == CallShape.BodyPassing.PROPERTY) {
      set(request, record, call.bodyProperty(), body);
    } else if (body != null && call.body() == CallShape.BodyPassing.NONE) {
      inputs.put(CallShape.BODY, body);
    }
    Map<String, ObjectNode> objects = new LinkedHashMap<>();
    for (String key : new ArrayList<>(inputs.keySet())) {
      String property = call.parameters().get(key);
      if (property == null) {
        continue;
      }
      JsonNode value = inputs.remove(key);
      Parameter p = op.parameters().stream().filter(x -> CallShape.key(x).equals(key)).findFirst().orElseThrow();
      if (p.member() == null) {
        set(request, record, property, value);
        continue;
      }
      ObjectNode at = objects.computeIfAbsent(property, k -> MAPPER.createObjectNode());
      List<String> path = p.member().path();
      for (String json : path.subList(0, path.size() - 1)) {
        at = at.has(json) ? (ObjectNode) at.get(json) : at.putObject(json);
      }
      boolean listValue = p.member().valueType() instanceof TypeRef.ListOf;
      if (p.member().commaSeparated()) {
        ArrayNode items = at.putArray(path.get(path.size() - 1));
        for (String item : value.asText().split(",")) {
          items.add(item);
        }
      } else {
        at.set(path.get(path.size() - 1), listValue && !value.isArray() ? MAPPER.createArrayNode().add(value) : value);
      }
    }
    for (Map.Entry<String, ObjectNode> o : objects.entrySet()) {
      set(request, record, o.getKey(), o.getValue());
    }
    return request;
  }

  private static void set(Object request, RecordType record, String jsonName, JsonNode value)
      throws ReflectiveOperationException {
    Property property = record.properties().stream().filter(p -> p.jsonName().equals(jsonName)).findFirst()
        .orElseThrow(() -> new AssertionError(record.name() + " has no property " + jsonName));
    String setter = "set" + Character.toUpperCase(property.javaName().charAt(0)) + property.javaName().substring(1);
    for (Method m : request.getClass().getMethods()) {
      if (m.getName().equals(setter) && m.getParameterCount() == 1) {
        m.invoke(request, convert(value, m.getGenericParameterTypes()[0]));
        return;
      }
    }
    throw new AssertionError(record.name() + " has no setter " + setter + " for " + jsonName);
  }

  private Object service(ApiClient client) throws ClassNotFoundException {
    return service(client, Class.forName(found.service().name().qualified()));
  }

  private static <T> T service(ApiClient client, Class<T> api) {
    return client.api(api, c -> {
      try {
        return api.getConstructor(ApiClient.class).newInstance(c);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(api + " is not a generated service class", e);
      }
    });
  }

  /** The public method of the operation taking {@code count} values, the first of {@code first} when given. */
  private Method method(Class<?> api, int count, Class<?> first) {
    for (Method m : api.getMethods()) {
      if (m.getName().equals(op.javaName()) && m.getParameterCount() == count && !Modifier.isStatic(m.getModifiers())
          && (first == null || m.getParameterTypes()[0] == first)) {
        return m;
      }
    }
    throw new AssertionError(api.getName() + " has no method " + op.javaName() + " of " + count + " values"
        + (first == null ? "" : " taking " + first.getSimpleName()));
  }

  private static Object convert(JsonNode value, Type type) {
    JavaType javaType = MAPPER.getTypeFactory().constructType(type);
    if (javaType.getRawClass() == String.class && !value.isTextual()) {
      return value.isValueNode() ? value.asText() : value.toString();
    }
    return MAPPER.convertValue(value, javaType);
  }

  /** Whether the operation answers a body the client decodes. */
  boolean answers() {
    return op.response() != null;
  }
}
