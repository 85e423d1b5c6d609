package dev.brickapi.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Files API of Unity Catalog volumes ({@code /api/2.0/fs/files/...}, {@code /api/2.0/fs/directories/...}) as a
 * stateful fake: files are raw bytes by absolute path, directories are those created, those above a file or directory
 * that was written (the API creates them) and those something below implies, and each volume root ({@code /Volumes/<catalog>/<schema>/<volume>}) exists. Missing files
 * and directories are 404 ({@code NOT_FOUND}; a HEAD answers no body), an existing file without {@code overwrite=true}
 * and a non-empty directory to delete are 409, listings page by {@code page_size} (at most {@link #MAX_PAGE}) and
 * {@code page_token}. Its answers are bytes with headers ({@link Reply#binary}), not JSON.
 */
public final class FilesFake implements Fake {
  public static final String FILES = "/api/2.0/fs/files";
  public static final String DIRECTORIES = "/api/2.0/fs/directories";
  /** The largest page of a directory listing, and its default size. */
  public static final int MAX_PAGE = 1000;
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  /** An answer: status, headers and body bytes (empty for none). */
  public static final class Answer {
    public final int status;
    public final Map<String, String> headers = new LinkedHashMap<>();
    public final byte[] body;

    Answer(int status, String contentType, byte[] body) {
      this.status = status;
      this.body = body;
      if (contentType != null) {
        headers.put("Content-Type", contentType);
      }
    }
  }

  private static final class Stored {
    final byte[] content;
    final String contentType;
    final long modifiedMillis;

    Stored(byte[] content, String contentType, long modifiedMillis) {
      this.content = content;
      this.contentType = contentType;
      this.modifiedMillis = modifiedMillis;
    }
  }

  private final ObjectMapper json = new ObjectMapper();
  /** A clock that moves one second per write, so every file has its own time of last change. */
  private final AtomicLong clock = new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
  private final NavigableMap<String, Stored> files = new TreeMap<>();
  private final NavigableSet<String> directories = new TreeSet<>();

  @Override
  public String document() {
    return "2.0/files.yaml";
  }

  /** Every operation of the document: one handler, as files and directories share their paths' rules. */
  @Override
  public void register(Routes routes) {
    for (String id : List.of("uploadFile", "downloadFile", "getFileMetadata", "deleteFile", "listDirectoryContents",
        "createDirectory", "getDirectoryMetadata", "deleteDirectory")) {
      routes.on(id, r -> {
        Answer a = handle(r.operation.method, r.path, r.query, r.bytes, r.contentType);
        return Reply.binary(a.status, a.headers, a.body);
      });
    }
  }

  /** Forgets every file and directory. */
  @Override
  public void reset() {
    files.clear();
    directories.clear();
  }

  /** The content of a stored file, or null (for tests). */
  public synchronized byte[] file(String path) {
    Stored s = files.get(path);
    return s == null ? null : s.content.clone();
  }

  /**
   * @param rawPath the request path as sent (percent-encoded)
   * @param contentType the request's {@code Content-Type}, or null
   */
  Answer handle(String method, String rawPath, Map<String, List<String>> query, byte[] body,
      String contentType) {
    boolean file = rawPath.startsWith(FILES + "/");
    String path = normalize(decode(rawPath.substring((file ? FILES : DIRECTORIES).length())));
    if (!path.startsWith("/Volumes/") || depth(path) < (file ? 5 : 4)) {
      return error(400, "INVALID_PARAMETER_VALUE", "The path must be " + (file ? "a file" : "a directory")
          + " in a volume, /Volumes/<catalog>/<schema>/<volume>" + (file ? "/<name>" : "") + ": " + path);
    }
    return file ? file(method, path, query, body, contentType) : directory(method, path, query);
  }

  private Answer file(String method, String path, Map<String, List<String>> query, byte[] body, String contentType) {
    Stored stored = files.get(path);
    switch (method) {
      case "PUT":
        if (isDirectory(path)) {
          return error(409, "ALREADY_EXISTS", "A directory exists at " + path);
        }
        if (stored != null && !"true".equals(first(query, "overwrite"))) {
          return error(409, "ALREADY_EXISTS", "The file " + path + " exists; upload with overwrite=true to replace it");
        }
        files.put(path, new Stored(body == null ? new byte[0] : body.clone(),
            contentType == null ? "application/octet-stream" : contentType, clock.addAndGet(1000)));
        addWithParents(path.substring(0, path.lastIndexOf('/')));
        return new Answer(200, null, new byte[0]);
      case "GET":
      case "HEAD":
        if (stored == null) {
          return method.equals("HEAD") ? new Answer(404, null, new byte[0]) : notFound("file", path);
        }
        // A HEAD answer carries the GET's body too: the HTTP server sends its Content-Length and leaves it out.
        Answer a = new Answer(200, stored.contentType, stored.content);
        a.headers.put("Content-Length", Integer.toString(stored.content.length));
        a.headers.put("Last-Modified", HTTP_DATE.format(Instant.ofEpochMilli(stored.modifiedMillis)));
        return a;
      case "DELETE":
        if (files.remove(path) == null) {
          return notFound("file", path);
        }
        return new Answer(200, null, new byte[0]);
      default:
        return error(405, "METHOD_NOT_ALLOWED", method + " is not a method of " + FILES);
    }
  }

  private Answer directory(String method, String path, Map<String, List<String>> query) {
    switch (method) {
      case "PUT":
        if (files.containsKey(path)) {
          return error(409, "ALREADY_EXISTS", "A file exists at " + path);
        }
        addWithParents(path);
        return new Answer(200, null, new byte[0]);
      case "HEAD":
        return new Answer(isDirectory(path) ? 200 : 404, null, new byte[0]);
      case "DELETE":
        if (!isDirectory(path) || depth(path) == 4) {
          return isDirectory(path) ? error(400, "INVALID_PARAMETER_VALUE", "A volume's root cannot be deleted: " + path)
              : notFound("directory", path);
        }
        if (!children(path).isEmpty()) {
          return error(409, "DIRECTORY_NOT_EMPTY", "The directory " + path + " is not empty");
        }
        directories.remove(path);
        return new Answer(200, null, new byte[0]);
      case "GET":
        return list(path, query);
      default:
        return error(405, "METHOD_NOT_ALLOWED", method + " is not a method of " + DIRECTORIES);
    }
  }

  private Answer list(String path, Map<String, List<String>> query) {
    if (!isDirectory(path)) {
      return notFound("directory", path);
    }
    String size = first(query, "page_size");
    int pageSize;
    try {
      pageSize = size == null ? MAX_PAGE : Integer.parseInt(size);
    } catch (NumberFormatException e) {
      pageSize = -1;
    }
    if (pageSize < 1 || pageSize > MAX_PAGE) {
      return error(400, "INVALID_PARAMETER_VALUE", "page_size must be between 1 and " + MAX_PAGE);
    }
    String after = first(query, "page_token");
    List<String> entries = new ArrayList<>(children(path));
    int from = 0;
    if (after != null && !after.isEmpty()) {
      from = -1;
      for (int i = 0; i < entries.size() && from < 0; i++) {
        from = entries.get(i).compareTo(after) > 0 ? i : -1;
      }
      from = from < 0 ? entries.size() : from;
    }
    int to = Math.min(entries.size(), from + pageSize);
    ObjectNode page = json.createObjectNode();
    ArrayNode contents = page.putArray("contents");
    for (String child : entries.subList(from, to)) {
      ObjectNode e = contents.addObject();
      Stored s = files.get(child);
      e.put("path", s == null ? child + "/" : child);
      e.put("name", child.substring(child.lastIndexOf('/') + 1));
      e.put("is_directory", s == null);
      if (s != null) {
        e.put("file_size", s.content.length);
        e.put("last_modified", s.modifiedMillis);
      }
    }
    if (to < entries.size()) {
      page.put("next_page_token", entries.get(to - 1));
    }
    return new Answer(200, "application/json", page.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A directory and the ones above it, up to the volume, as the API creates them for a file or a directory. */
  private void addWithParents(String dir) {
    for (String d = dir; depth(d) > 4; d = d.substring(0, d.lastIndexOf('/'))) {
      directories.add(d);
    }
  }

  /** The files and directories directly in {@code dir}, sorted by path. */
  private NavigableSet<String> children(String dir) {
    String prefix = dir + "/";
    NavigableSet<String> out = new TreeSet<>();
    for (String p : files.tailMap(prefix, true).keySet()) {
      if (!p.startsWith(prefix)) {
        break;
      }
      out.add(childOf(prefix, p));
    }
    for (String p : directories.tailSet(prefix, true)) {
      if (!p.startsWith(prefix)) {
        break;
      }
      out.add(childOf(prefix, p));
    }
    return out;
  }

  private static String childOf(String prefix, String path) {
    int slash = path.indexOf('/', prefix.length());
    return slash < 0 ? path : path.substring(0, slash);
  }

  private boolean isDirectory(String path) {
    if (files.containsKey(path)) {
      return false;
    }
    if (depth(path) == 4 || directories.contains(path)) {
      return true;
    }
    String prefix = path + "/";
    String next = files.ceilingKey(prefix);
    String nextDir = directories.ceiling(prefix);
    return next != null && next.startsWith(prefix) || nextDir != null && nextDir.startsWith(prefix);
  }

  /** {@code /Volumes/c/s/v} is 4. */
  private static int depth(String path) {
    return path.split("/").length - 1;
  }

  private static String normalize(String path) {
    String p = path.replaceAll("/{2,}", "/");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  /** Percent-decoding of a path: a {@code +} stays a plus. */
  private static String decode(String raw) {
    return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private Answer notFound(String what, String path) {
    return error(404, "NOT_FOUND", "The " + what + " " + path + " does not exist");
  }

  private Answer error(int status, String code, String message) {
    ObjectNode body = json.createObjectNode().put("error_code", code).put("message", message);
    return new Answer(status, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
  }
}
