package dev.brickapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.client.service.AccountServices;
import dev.brickapi.client.service.WorkspaceServices;
import dev.brickapi.runtime.json.JsonCodec;
import dev.brickapi.mock.Examples;
import dev.brickapi.mock.MockWorkspace;
import dev.brickapi.mock.MockWorkspaceExtension;
import dev.brickapi.mock.SpecIndex;
import feign.Param;
import feign.RequestLine;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import io.swagger.v3.oas.models.media.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of every document under specs/: a request built from the spec's examples goes through the
 * generated Feign interface of its service class (its nested {@code Wire}, the method found by operationId), the mock answers the spec's example response, and both are
 * validated against the operation's document. The last test fails when any operation has no passing
 * exercise, and the run prints {@code operations exercised: N of N}.
 */
@ExtendWith(MockWorkspaceExtension.class)
class OperationCoverageIT {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
  private static MockWorkspace mock;
  private static Clients clients;
  private static final ObjectMapper MAPPER = JsonCodec.newMapper();
  private static final Set<String> exercised = new LinkedHashSet<>();
  private static final Map<String, String> failures = new LinkedHashMap<>();

  @BeforeAll
  static void start(MockWorkspace shared) {
    mock = shared;
    clients = new Clients(mock);
  }

  static List<Class<?>> services() {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> owner : new Class<?>[] {WorkspaceServices.class, AccountServices.class}) {
      for (Method m : owner.getMethods()) {
        if (m.getParameterCount() == 0 && m.getReturnType().getSimpleName().endsWith("Api")) {
          for (Class<?> nested : m.getReturnType().getDeclaredClasses()) {
            if (nested.isInterface() && nested.getSimpleName().equals("Wire") && !out.contains(nested)) {
              out.add(nested);
            }
          }
        }
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyOperation() {
    List<Class<?>> services = services();
    List<SpecIndex.Op> ops = mock.specs().operations();
    Stream<DynamicTest> each = ops.stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> exercise(op, services)));
    DynamicTest coverage = DynamicTest.dynamicTest("coverage", () -> {
      System.out.println("operations exercised: " + exercised.size() + " of " + ops.size());
      if (!failures.isEmpty()) {
        StringBuilder sb = new StringBuilder();
        failures.forEach((k, v) -> sb.append("\n  ").append(k).append(": ").append(v));
        System.out.println("operations not exercised:" + sb);
      }
      assertEquals(ops.size(), exercised.size(), "operations without a passing exercise: " + failures.keySet());
    });
    return Stream.concat(each, Stream.of(coverage));
  }

  private void exercise(SpecIndex.Op op, List<Class<?>> services) throws Throwable {
    try {
      run(op, services);
      exercised.add(op.toString());
    } catch (Throwable t) {
      failures.put(op.toString(), t.getMessage());
      throw t;
    }
  }

  private void run(SpecIndex.Op op, List<Class<?>> services) throws Throwable {
    mock.reset();
    Method method = find(op, services);
    Class<?> api = method.getDeclaringClass();
    String line = method.getAnnotation(RequestLine.class).value();
    Map<String, String> javaNames = javaNames(op.pathTemplate, line);

    Map<String, JsonNode> values = new LinkedHashMap<>();
    if (op.operation.getParameters() != null) {
      for (Parameter p : op.operation.getParameters()) {
        boolean wanted = Boolean.TRUE.equals(p.getRequired()) || p.getExample() != null
            || (p.getExamples() != null && !p.getExamples().isEmpty());
        if (wanted && javaNames.containsKey(p.getName())) {
          values.put(javaNames.get(p.getName()), Examples.of(p));
        }
      }
    }
    Object[] args = new Object[method.getParameterCount()];
    Type[] types = method.getGenericParameterTypes();
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < args.length; i++) {
      String name = null;
      for (Annotation a : annotations[i]) {
        if (a instanceof Param) {
          name = ((Param) a).value();
        }
      }
      if (name != null) {
        JsonNode v = values.get(name);
        args[i] = v == null ? null : convert(v, types[i]);
      } else {
        args[i] = body(op, types[i]);
      }
    }

    ExampleAnswers.answer(mock, op);

    Object proxy = op.account() ? clients.account(api) : clients.workspace(api);
    method.setAccessible(true);
    try {
      Object answer = method.invoke(proxy, args);
      if (answer instanceof AutoCloseable) {
        ((AutoCloseable) answer).close(); // a streamed answer holds its connection until closed
      }
    } catch (InvocationTargetException e) {
      mock.assertNoViolations();
      throw new AssertionError(op + ": the call failed: " + e.getCause(), e.getCause());
    }
    List<MockWorkspace.Exchange> seen = mock.exchanges();
    assertEquals(1, seen.size(), op + ": exchanges " + seen);
    SpecIndex.Op routed = mock.specs().route(seen.get(0).method, seen.get(0).url.split("\\?")[0]);
    assertEquals(op.toString(), String.valueOf(routed), "the request reached another operation: " + seen.get(0));
    mock.assertNoViolations();
  }

  private Object body(SpecIndex.Op op, Type type) {
    if (op.operation.getRequestBody() == null) {
      return null;
    }
    Map.Entry<String, MediaType> media = Examples.media(op.operation.getRequestBody().getContent());
    if (type == byte[].class) {
      return "example bytes".getBytes(StandardCharsets.UTF_8);
    }
    if (type == dev.brickapi.runtime.http.UploadBody.class) {
      return dev.brickapi.runtime.http.UploadBody.of(new java.io.ByteArrayInputStream(
          "example bytes".getBytes(StandardCharsets.UTF_8)));
    }
    JsonNode example = media == null ? MAPPER.createObjectNode() : Examples.of(media.getValue());
    return convert(example, type);
  }

  private static Object convert(JsonNode value, Type type) {
    JavaType javaType = MAPPER.getTypeFactory().constructType(type);
    if (javaType.getRawClass() == String.class && !value.isTextual()) {
      return value.isValueNode() ? value.asText() : value.toString();
    }
    return MAPPER.convertValue(value, javaType);
  }

  static Method find(SpecIndex.Op op, List<Class<?>> services) {
    String wanted = op.method + " " + normalize(op.pathTemplate);
    List<Method> byName = new ArrayList<>();
    for (Class<?> api : services) {
      for (Method m : api.getMethods()) {
        if (!m.getName().equals(op.operationId()) || Modifier.isStatic(m.getModifiers()) || m.isDefault()) {
          continue;
        }
        RequestLine line = m.getAnnotation(RequestLine.class);
        if (line == null) {
          continue;
        }
        byName.add(m);
        String l = line.value();
        String path = l.substring(l.indexOf(' ') + 1).split("\\?")[0];
        if ((l.substring(0, l.indexOf(' ')) + " " + normalize(path)).equals(wanted)) {
          return m;
        }
      }
    }
    throw new AssertionError(op + ": no generated method " + op.operationId() + " for " + wanted
        + (byName.isEmpty() ? "" : " (methods of that name: " + byName + ")"));
  }

  private static String normalize(String path) {
    return PLACEHOLDER.matcher(path).replaceAll("{}");
  }

  /** Spec parameter name to the Java template variable, from the positions in the request line. */
  static Map<String, String> javaNames(String specPath, String line) {
    Map<String, String> out = new LinkedHashMap<>();
    String target = line.substring(line.indexOf(' ') + 1);
    String[] parts = target.split("\\?", 2);
    List<String> specVars = vars(specPath);
    List<String> javaVars = vars(parts[0]);
    for (int i = 0; i < Math.min(specVars.size(), javaVars.size()); i++) {
      out.put(specVars.get(i), javaVars.get(i));
    }
    if (parts.length > 1) {
      for (String pair : parts[1].split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          Matcher m = PLACEHOLDER.matcher(pair.substring(eq + 1));
          if (m.matches()) {
            out.put(pair.substring(0, eq), m.group(1));
          }
        }
      }
    }
    return out;
  }

  private static List<String> vars(String path) {
    List<String> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(path);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

}
