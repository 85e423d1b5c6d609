package dev.brickapi.runtime;

import java.util.Objects;

/** An HTTP proxy, with optional basic credentials. {@link #toString()} hides the password. */
public final class ProxySettings {
  private final String host;
  private final int port;
  private final String username;
  private final String password;

  private ProxySettings(String host, int port, String username, String password) {
    this.host = Objects.requireNonNull(host, "host");
    if (port <= 0 || port > 65535) {
      throw new IllegalArgumentException("proxy port " + port + " is not a port");
    }
    this.port = port;
    this.username = username;
    this.password = password;
  }

  public static ProxySettings of(String host, int port) {
    return new ProxySettings(host, port, null, null);
  }

  public ProxySettings withCredentials(String username, String password) {
    return new ProxySettings(host, port, username, password);
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String username() {
    return username;
  }

  public String password() {
    return password;
  }

  @Override
  public String toString() {
    return (username == null ? "" : username + ":***@") + host + ":" + port;
  }
}
