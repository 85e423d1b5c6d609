package dev.brickapi.runtime.config;

import dev.brickapi.runtime.ConfigException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Normalises a workspace or account host and decides whether it may be used. */
public final class HostRules {
  private static final Pattern REGIONAL = Pattern.compile("^([a-z0-9-]+)\\.azuredatabricks\\.net$");

  private HostRules() {}

  /**
   * The host as {@code scheme://authority} without a trailing slash; {@code https://} is added when no
   * scheme is given. {@code http} is refused unless the host is loopback and {@code allowInsecureLoopback}.
   */
  public static String normalize(String given, boolean allowInsecureLoopback) {
    // Messages show the host with any user info masked: it may hold a password.
    String raw = given.replaceAll("(//|^)[^/@?#]*@", "$1***@");
    String text = given.trim();
    if (!text.contains("://")) {
      text = "https://" + text;
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new ConfigException("host '" + raw + "' is not a URL: " + e.getReason());
    }
    if (uri.getRawUserInfo() != null) {
      // Never echo the raw value: the user info may hold a password.
      throw new ConfigException("the host must not contain a user name or password (user@host): give only "
          + uri.getScheme() + "://" + (uri.getHost() == null ? "<host>" : uri.getHost())
          + " and set the credentials with token(), a profile or the environment");
    }
    if (uri.getHost() == null) {
      throw new ConfigException("host '" + raw + "' has no host name");
    }
    if (uri.getPort() > 65535 || uri.getPort() == 0) {
      throw new ConfigException("host '" + raw + "' has port " + uri.getPort() + ", outside 1-65535");
    }
    String path = uri.getRawPath();
    if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new ConfigException("host '" + raw + "' has a path, query or fragment; give only scheme://host[:port], e.g. "
          + uri.getScheme() + "://" + uri.getRawAuthority());
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if ("http".equals(scheme)) {
      if (!isLoopback(uri.getHost())) {
        throw new ConfigException("host '" + raw + "' uses http: only https is allowed (http only for a loopback "
            + "host with allowInsecureLoopback(true))");
      }
      if (!allowInsecureLoopback) {
        throw new ConfigException("host '" + raw + "' uses http: set allowInsecureLoopback(true) to use plain http "
            + "on loopback (tests, mock servers)");
      }
    } else if (!"https".equals(scheme)) {
      throw new ConfigException("host '" + raw + "' has scheme " + scheme + ": use https");
    }
    return scheme + "://" + uri.getRawAuthority();
  }

  /** A warning when the host is a deprecated regional URL such as {@code westeurope.azuredatabricks.net}. */
  public static Optional<String> regionalWarning(String normalizedHost) {
    String name = URI.create(normalizedHost).getHost().toLowerCase(Locale.ROOT);
    java.util.regex.Matcher m = REGIONAL.matcher(name);
    if (m.matches() && !m.group(1).startsWith("adb-") && !"accounts".equals(m.group(1))) {
      return Optional.of("host " + normalizedHost + " is a regional Azure Databricks URL, which is deprecated: use "
          + "your workspace's per-workspace URL (https://adb-<workspace-id>.<n>.azuredatabricks.net) instead");
    }
    return Optional.empty();
  }

  /** Whether a normalised host is an Azure Databricks one (public cloud, China or US Government). */
  public static boolean isAzure(String normalizedHost) {
    if (normalizedHost == null) {
      return false;
    }
    String name = URI.create(normalizedHost).getHost().toLowerCase(Locale.ROOT);
    return name.endsWith(".azuredatabricks.net") || name.endsWith(".databricks.azure.cn")
        || name.endsWith(".databricks.azure.us");
  }

  static boolean isLoopback(String host) {
    String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if ("localhost".equalsIgnoreCase(name)) {
      return true;
    }
    if (!name.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false; // never resolve a name: only literal addresses count as loopback
    }
    try {
      return InetAddress.getByName(name).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
