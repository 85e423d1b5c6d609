package dev.brickapi.runtime.http;

import dev.brickapi.runtime.ConfigException;
import feign.Contract;
import feign.MethodMetadata;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Feign's default contract, plus the path parameters a generated interface declares as
 * {@link ClientParameters}: their configured values are filled into the request line once, when Feign parses
 * the interface. An interface that needs a value the client was not given fails then, naming it.
 */
public final class ClientParameterContract extends Contract.Default {
  private final Map<String, String> encoded = new TreeMap<>();

  /** @param values the client parameters' values by name, e.g. {@code account_id} */
  public ClientParameterContract(Map<String, String> values) {
    values.forEach((name, value) -> {
      if (value != null) {
        encoded.put(name, URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
      }
    });
  }

  @Override
  protected MethodMetadata parseAndValidateMetadata(Class<?> targetType, Method method) {
    MethodMetadata md = super.parseAndValidateMetadata(targetType, method);
    ClientParameters bound = targetType.getAnnotation(ClientParameters.class);
    if (bound == null) {
      return md;
    }
    String path = md.template().path();
    for (String name : bound.value()) {
      String placeholder = "{" + name + "}";
      if (!path.contains(placeholder)) {
        continue;
      }
      String value = encoded.get(name);
      if (value == null) {
        throw new ConfigException(targetType.getSimpleName() + " needs the client parameter '" + name
            + "', which this client was not given: set it on the builder (clientParameter(\"" + name + "\", ...))");
      }
      path = path.replace(placeholder, value);
    }
    md.template().uri(path);
    return md;
  }
}
