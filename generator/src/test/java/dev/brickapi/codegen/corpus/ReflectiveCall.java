package dev.brickapi.codegen.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.runtime.ApiClient;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls one method of a compiled generated service by name, with arguments given as JSON: what a user
 * would write by hand, found by reflection because the classes only exist once the corpus test compiled them.
 */
final class ReflectiveCall {

  private final ClassLoader classes;
  private final ObjectMapper mapper;

  ReflectiveCall(ClassLoader classes, ObjectMapper mapper) {
    this.classes = classes;
    this.mapper = mapper;
  }

  /** Makes the service over {@code client}, calls the method and returns what it returned. */
  Object call(String serviceClass, String methodName, List<String> parameterTypes, List<JsonNode> arguments,
      ApiClient client)
      throws ReflectiveOperationException {
    Class<?> service;
    try {
      service = Class.forName(serviceClass, true, classes);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no service class " + serviceClass + " was generated", e);
    }
    Method method = method(service, methodName, parameterTypes, arguments.size());
    Object api = service.getConstructor(ApiClient.class).newInstance(client);
    Type[] types = method.getGenericParameterTypes();
    Object[] values = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      values[i] = argument(arguments.get(i), method.getParameterTypes()[i], types[i]);
    }
    try {
      return method.invoke(api, values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw e;
    }
  }

  private static Method method(Class<?> service, String name, List<String> types, int arity) {
    List<Method> found = Arrays.stream(service.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
        .filter(m -> types.isEmpty() || types.equals(simpleNames(m))).toList();
    if (found.size() != 1) {
      String offered = Arrays.stream(service.getMethods()).filter(m -> m.getDeclaringClass() == service)
          .map(m -> m.getName() + "(" + String.join(", ", simpleNames(m)) + ")")
          .sorted().collect(Collectors.joining(", "));
      throw new IllegalArgumentException(found.size() + " methods " + name + "(" + (types.isEmpty()
          ? arity + " parameters" : String.join(", ", types)) + ") in " + service.getName() + " (name "
          + "parameterTypes to choose among overloads); it has " + offered);
    }
    return found.get(0);
  }

  private static List<String> simpleNames(Method method) {
    return Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList();
  }

  /** A JSON object for a class with setters goes through them; anything else is converted by Jackson. */
  private Object argument(JsonNode json, Class<?> raw, Type type) throws ReflectiveOperationException {
    if (json.isObject() && !Map.class.isAssignableFrom(raw) && hasNoArgConstructor(raw)) {
      Object target = raw.getConstructor().newInstance();
      for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        Method setter = setter(raw, field.getKey());
        setter.invoke(target, argument(field.getValue(), setter.getParameterTypes()[0],
            setter.getGenericParameterTypes()[0]));
      }
      return target;
    }
    return mapper.convertValue(json, mapper.constructType(type));
  }

  private static boolean hasNoArgConstructor(Class<?> type) {
    return Arrays.stream(type.getConstructors()).anyMatch(c -> c.getParameterCount() == 0)
        && !Modifier.isAbstract(type.getModifiers());
  }

  private static Method setter(Class<?> type, String property) {
    String name = "set" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name) && m.getParameterCount() == 1)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(type.getName() + " has no setter " + name));
  }
}
