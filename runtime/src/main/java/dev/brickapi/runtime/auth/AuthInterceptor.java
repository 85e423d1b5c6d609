package dev.brickapi.runtime.auth;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/** Puts {@code Authorization: Bearer <token>} on every request, from one {@link TokenSource}. */
public final class AuthInterceptor implements RequestInterceptor {
  private final TokenSource source;

  public AuthInterceptor(TokenSource source) {
    this.source = source;
  }

  @Override
  public void apply(RequestTemplate template) {
    template.removeHeader("Authorization");
    template.header("Authorization", "Bearer " + source.token());
  }

  public TokenSource source() {
    return source;
  }
}
