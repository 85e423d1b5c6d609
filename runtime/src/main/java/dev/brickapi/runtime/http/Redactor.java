package dev.brickapi.runtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.MethodMetadata;
import feign.Request;
import feign.RequestTemplate;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Removes secrets from text bound for logs and messages. What is secret is known, never guessed from names:
 * <ul>
 *   <li>every configured secret value (token, client secret, proxy password, ...), wherever it occurs;
 *   <li>the JSON fields an operation's generated {@link Sensitive} metadata names (the spec's
 *       {@code x-brickapi-sensitive} marks), and the values the request sent in them, wherever they are echoed;
 *   <li>the credentials a request carries in its headers (also tokens fetched at run time), the OAuth fields of
 *       the runtime's own token requests, and {@code Bearer}/{@code Basic} credentials.
 * </ul>
 */
public final class Redactor {
  private static final String HIDDEN = "***";
  /** The fields of the OAuth token protocol the runtime itself speaks (RFC 6749). */
  static final Set<String> OAUTH_FIELDS = Set.of("access_token", "refresh_token", "id_token", "client_secret",
      "client_assertion", "assertion", "subject_token", "code", "code_verifier", "password");
  private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization",
      "x-databricks-azure-sp-management-token");
  private static final Pattern CREDENTIALS = Pattern.compile("(?i)(bearer|basic)\\s+[A-Za-z0-9._~+/=-]+");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PARSED_BODY = 1 << 20;

  private final List<String> secrets;
  private final Set<String> fields;
  private final Pattern jsonFields;
  private final Pattern formFields;
  private final Map<Method, Redactor> byMethod;

  public Redactor(Collection<String> secrets) {
    this(secrets, Collections.emptySet(), new ConcurrentHashMap<>());
  }

  private Redactor(Collection<String> secrets, Set<String> fields, Map<Method, Redactor> byMethod) {
    this.secrets = distinctLongestFirst(secrets);
    this.fields = fields;
    this.byMethod = byMethod;
    if (fields.isEmpty()) {
      this.jsonFields = null;
      this.formFields = null;
    } else {
      StringBuilder names = new StringBuilder();
      for (String f : fields) {
        names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(f));
      }
      this.jsonFields = Pattern.compile("(\"(?:" + names + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]\\s]+)");
      // a form field by its key, also nested in brackets as form bodies send them: card%5Bnumber%5D=...
      this.formFields = Pattern.compile("((?:^|[&?])(?:[^=&\\s]*%5B)?(?:" + names + ")(?:%5D)?=)[^&\\s]*");
    }
  }

  /** {@code fields}' redactor with more secret values: its compiled field patterns are reused, not rebuilt. */
  private Redactor(List<String> secrets, Redactor fields) {
    this.secrets = distinctLongestFirst(secrets);
    this.fields = fields.fields;
    this.jsonFields = fields.jsonFields;
    this.formFields = fields.formFields;
    this.byMethod = fields.byMethod;
  }

  /** The values worth masking (4 characters or more), each once, longest first: a secret that contains another is masked whole. */
  private static List<String> distinctLongestFirst(Collection<String> secrets) {
    List<String> kept = new ArrayList<>();
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4 && !kept.contains(secret)) {
        kept.add(secret);
      }
    }
    kept.sort((a, b) -> b.length() - a.length());
    return kept;
  }

  /** This redactor plus the fields a token request of the runtime's own carries. */
  public Redactor forTokenRequests(Collection<String> more) {
    Set<String> all = new LinkedHashSet<>(fields);
    all.addAll(OAUTH_FIELDS);
    List<String> values = new ArrayList<>(secrets);
    values.addAll(more);
    return new Redactor(values, all, new ConcurrentHashMap<>());
  }

  /**
   * The redactor of one request: this one plus the request's operation's sensitive fields and the values the
   * request body sends in them.
   */
  public Redactor forRequest(Request request) {
    Method method = method(request);
    Redactor operation = this;
    if (method != null) {
      operation = byMethod.computeIfAbsent(method, m -> {
        Sensitive marks = m.getAnnotation(Sensitive.class);
        return marks == null ? this : new Redactor(secrets, Set.of(marks.value()), byMethod);
      });
    }
    if (request == null) {
      return operation;
    }
    List<String> sent = credentialsIn(request);
    if (!operation.fields.isEmpty() && request.body() != null && request.body().length <= MAX_PARSED_BODY) {
      sent.addAll(operation.valuesIn(request.body()));
    }
    if (sent.isEmpty()) {
      return operation;
    }
    sent.addAll(operation.secrets);
    return new Redactor(sent, operation);
  }

  /** The credentials the request carries in its headers (a fetched OAuth token the configuration never held). */
  private static List<String> credentialsIn(Request request) {
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      if (CREDENTIAL_HEADERS.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
        for (String value : header.getValue()) {
          int space = value.indexOf(' ');
          values.add(space < 0 ? value : value.substring(space + 1).trim());
        }
      }
    }
    return values;
  }

  private static Method method(Request request) {
    RequestTemplate template = request == null ? null : request.requestTemplate();
    MethodMetadata md = template == null ? null : template.methodMetadata();
    return md == null ? null : md.method();
  }

  private List<String> valuesIn(byte[] body) {
    List<String> values = new ArrayList<>();
    try {
      collect(JSON.readTree(body), values);
    } catch (IOException | RuntimeException e) {
      // not JSON: the field patterns still mask what they find
    }
    return values;
  }

  private void collect(JsonNode node, List<String> values) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (fields.contains(field.getKey()) && field.getValue().isValueNode()) {
          values.add(field.getValue().asText());
        } else {
          collect(field.getValue(), values);
        }
      }
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, values));
    }
  }

  /** True when this redactor masks fields by name (its operation has sensitive fields). */
  public boolean hasFields() {
    return !fields.isEmpty();
  }

  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, HIDDEN);
    }
    if (jsonFields != null) {
      result = jsonFields.matcher(result).replaceAll("$1\"" + HIDDEN + "\"");
      result = formFields.matcher(result).replaceAll("$1" + HIDDEN);
    }
    return CREDENTIALS.matcher(result).replaceAll("$1 " + HIDDEN);
  }
}
