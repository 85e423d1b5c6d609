package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.config.Attribute;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workload identity federation from GitHub Actions: the job's OIDC ID token (from {@code ACTIONS_ID_TOKEN_REQUEST_URL}
 * with {@code ACTIONS_ID_TOKEN_REQUEST_TOKEN}, present with {@code permissions: id-token: write}) is exchanged
 * (RFC 8693) at the workspace's (or account's) token endpoint for a token of the service principal
 * {@code client_id} ({@code DATABRICKS_CLIENT_ID}), which has a federation policy trusting the repository. The ID
 * token's audience is {@code token_audience} ({@code DATABRICKS_TOKEN_AUDIENCE}), else the account id for the
 * Account API, else the token endpoint.
 */
public final class GithubOidcCredentials implements CredentialsProvider {
  static final String REQUEST_URL = "ACTIONS_ID_TOKEN_REQUEST_URL";
  static final String REQUEST_TOKEN = "ACTIONS_ID_TOKEN_REQUEST_TOKEN";

  @Override
  public String authType() {
    return "github-oidc";
  }

  @Override
  public String describe(Config config) {
    return "GitHub Actions OIDC federation (DATABRICKS_CLIENT_ID, in a job with permissions id-token: write"
        + CredentialChooser.missing(config, Attribute.HOST, Attribute.CLIENT_ID)
        + (config.environmentVariable(REQUEST_URL) == null ? "; not in GitHub Actions: no " + REQUEST_URL : "") + ")";
  }

  @Override
  public Optional<TokenSource> configure(Config config, Context context) {
    String clientId = config.get(Attribute.CLIENT_ID);
    String requestUrl = config.environmentVariable(REQUEST_URL);
    String requestToken = config.environmentVariable(REQUEST_TOKEN);
    if (config.host() == null || clientId == null || requestUrl == null || requestToken == null) {
      return Optional.empty();
    }
    String tokenUrl = context.account() ? config.host() + "/oidc/accounts/" + config.accountId() + "/v1/token"
        : config.host() + "/oidc/v1/token";
    String audience = config.get(Attribute.TOKEN_AUDIENCE) != null ? config.get(Attribute.TOKEN_AUDIENCE)
        : context.account() ? config.accountId() : tokenUrl;
    TokenEndpoint github = new TokenEndpoint(authType(), requestUrl, context.transport(), context.options(),
        List.of(requestToken));
    return Optional.of(new RefreshingTokenSource(authType(), previous -> {
      long now = context.clock().getAsLong();
      TokenEndpoint.Reply id = github.get(Collections.singletonMap("audience", audience),
          Collections.singletonMap("Authorization", "Bearer " + requestToken), "is this a GitHub Actions runner?");
      String idToken = id.text("value");
      if (!id.ok() || idToken == null) {
        throw github.refused(id, "GET", "GitHub Actions gave no ID token (HTTP " + id.status + ")",
            "give the job `permissions: id-token: write`");
      }
      TokenEndpoint databricks = new TokenEndpoint(authType(), tokenUrl, context.transport(), context.options(),
          List.of(idToken));
      Map<String, String> form = new LinkedHashMap<>();
      form.put("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange");
      form.put("subject_token_type", "urn:ietf:params:oauth:token-type:jwt");
      form.put("subject_token", idToken);
      form.put("scope", "all-apis");
      form.put("client_id", clientId);
      TokenEndpoint.Reply reply = databricks.post(form, Collections.emptyMap(), "check the host and the network");
      String access = reply.text("access_token");
      if (!reply.ok() || access == null) {
        throw databricks.refused(reply, "POST", "the token endpoint refused the GitHub ID token for client " + clientId,
            "check the service principal's federation policy (issuer https://token.actions.githubusercontent.com, "
            + "the repository's subject, audience " + audience + ")");
      }
      return new Token(access, TokenExpiry.secondsFrom(reply.json.get("expires_in"), now));
    }, context.clock()));
  }
}
