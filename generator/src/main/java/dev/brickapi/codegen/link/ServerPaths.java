package dev.brickapi.codegen.link;

import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import java.util.List;
import java.util.Map;

/**
 * The path of an operation's server, which OpenAPI puts in front of the operation's path: the first of the
 * operation's, its path item's or the document's {@code servers} (the nearest that has any), its variables
 * replaced by their defaults ({@code https://api.openfigi.com/{basePath}} with {@code basePath: v1} is
 * {@code /v1}). A server without a path (or none at all, as in the Databricks documents, whose host is the
 * client's) adds nothing. The client's host comes from its configuration, never from the document.
 */
final class ServerPaths {

  private ServerPaths() {}

  static String basePath(List<Server> operation, List<Server> pathItem, List<Server> document) {
    List<Server> servers = nonEmpty(operation) ? operation : nonEmpty(pathItem) ? pathItem : document;
    if (!nonEmpty(servers) || servers.get(0).getUrl() == null) {
      return "";
    }
    return pathOf(substitute(servers.get(0).getUrl(), servers.get(0).getVariables()));
  }

  /** The path of a server URL without its trailing slash: absolute, relative to the document, or a bare host. */
  static String pathOf(String url) {
    String rest = url;
    int scheme = rest.indexOf("://");
    if (scheme >= 0) {
      rest = rest.substring(scheme + 3);
    }
    int slash = rest.startsWith("/") ? 0 : rest.indexOf('/');
    if (slash < 0) {
      return "";
    }
    String path = rest.substring(slash);
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path;
  }

  private static String substitute(String url, Map<String, ServerVariable> variables) {
    if (variables == null) {
      return url;
    }
    String out = url;
    for (Map.Entry<String, ServerVariable> v : variables.entrySet()) {
      String value = v.getValue() == null || v.getValue().getDefault() == null ? "" : v.getValue().getDefault();
      out = out.replace("{" + v.getKey() + "}", value);
    }
    return out;
  }

  private static boolean nonEmpty(List<Server> servers) {
    return servers != null && !servers.isEmpty();
  }
}
