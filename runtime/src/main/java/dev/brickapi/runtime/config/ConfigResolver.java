package dev.brickapi.runtime.config;

import dev.brickapi.runtime.ConfigException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves each {@link Attribute} in the documented order, the first that has it wins:
 * <ol>
 *   <li>explicit builder values;</li>
 *   <li>the environment ({@code DATABRICKS_HOST}, {@code DATABRICKS_TOKEN}, {@code ARM_CLIENT_ID}, ...);</li>
 *   <li>the profile of {@code ~/.databrickscfg} (or {@code DATABRICKS_CONFIG_FILE}) named by the builder, else
 *       by {@code DATABRICKS_CONFIG_PROFILE}, else {@code DEFAULT};</li>
 *   <li>{@code ~/.netrc}: the password of the host's {@code machine} entry as token, only when no other
 *       credential was found.</li>
 * </ol>
 * The environment and the home folder are parameters, so tests need no real environment.
 */
public final class ConfigResolver {
  public static final String ENV_PROFILE = "DATABRICKS_CONFIG_PROFILE";
  public static final String ENV_CONFIG_FILE = "DATABRICKS_CONFIG_FILE";

  private final Map<String, String> environment;
  private final Path home;

  public ConfigResolver(Map<String, String> environment, Path home) {
    this.environment = environment == null ? Collections.emptyMap() : environment;
    this.home = home;
  }

  /** The resolved attributes; {@code profileName} is the builder's profile or null. */
  public Map<Attribute, ResolvedValue> resolve(Map<Attribute, String> explicit, String profileName) {
    Map<Attribute, ResolvedValue> values = new EnumMap<>(Attribute.class);
    explicit.forEach((attribute, value) -> put(values, attribute, value, "builder"));
    for (Attribute attribute : Attribute.values()) {
      if (attribute.environmentVariable() != null) {
        put(values, attribute, environment.get(attribute.environmentVariable()), "env " + attribute.environmentVariable());
      }
    }
    String profile = profileName != null ? profileName : blankToNull(environment.get(ENV_PROFILE));
    Path file = configFile();
    if (file != null) {
      ProfileFile profiles = ProfileFile.read(file);
      String used = profile == null ? "DEFAULT" : profile;
      // A profile the builder names must exist. One named only by DATABRICKS_CONFIG_PROFILE matters only when
      // the builder and the environment leave the client without a host or credentials.
      boolean needed = profileName != null || !values.containsKey(Attribute.HOST) || !hasCredential(values);
      if (profile != null && !profiles.has(profile) && needed) {
        throw new ConfigException("profile [" + profile + "] " + (profileName != null ? "" : "(from " + ENV_PROFILE + ") ")
            + "is not in " + file + (profiles.names().isEmpty() ? " (the file is missing or empty)"
            : "; it has " + profiles.names()));
      }
      Map<String, String> keys = profiles.profile(used);
      for (Attribute attribute : Attribute.values()) {
        put(values, attribute, keys.get(attribute.profileKey()), "~/.databrickscfg [" + used + "]");
      }
    }
    if (values.containsKey(Attribute.HOST) && !hasCredential(values) && home != null) {
      String hostName = hostName(values.get(Attribute.HOST).value());
      Optional<String> password = NetrcFile.password(home.resolve(".netrc"), hostName);
      password.ifPresent(p -> put(values, Attribute.TOKEN, p, "~/.netrc"));
    }
    return values;
  }

  private Path configFile() {
    String override = blankToNull(environment.get(ENV_CONFIG_FILE));
    if (override != null) {
      return java.nio.file.Paths.get(override);
    }
    return home == null ? null : home.resolve(".databrickscfg");
  }

  /**
   * Whether the values already say how to authenticate: a secret, a password, an {@code auth_type} other than
   * {@code pat} (a method that needs no secret in the configuration, such as {@code databricks-cli}), or a managed
   * identity.
   */
  static boolean hasCredential(Map<Attribute, ResolvedValue> values) {
    ResolvedValue authType = values.get(Attribute.AUTH_TYPE);
    return values.containsKey(Attribute.TOKEN) || values.containsKey(Attribute.AZURE_AD_TOKEN)
        || values.containsKey(Attribute.AZURE_CLIENT_SECRET) || values.containsKey(Attribute.CLIENT_SECRET)
        || values.containsKey(Attribute.PASSWORD) || values.containsKey(Attribute.AZURE_USE_MSI)
        || authType != null && !"pat".equals(authType.value());
  }

  private static String hostName(String host) {
    String text = host.contains("://") ? host : "https://" + host;
    try {
      String name = URI.create(text.trim()).getHost();
      return name == null ? host : name;
    } catch (IllegalArgumentException e) {
      return host;
    }
  }

  private static void put(Map<Attribute, ResolvedValue> values, Attribute attribute, String value, String source) {
    String text = blankToNull(value);
    if (text != null && !values.containsKey(attribute)) {
      values.put(attribute, new ResolvedValue(text, source));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.trim().isEmpty() ? null : value.trim();
  }
}
