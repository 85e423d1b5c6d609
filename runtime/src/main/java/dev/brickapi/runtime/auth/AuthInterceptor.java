package dev.brickapi.runtime.auth;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.Map;

/** Puts the headers of one {@link TokenSource} on every request ({@code Authorization: Bearer <token>}, ...). */
public final class AuthInterceptor implements RequestInterceptor {
  private final TokenSource source;

  public AuthInterceptor(TokenSource source) {
    this.source = source;
  }

  @Override
  public void apply(RequestTemplate template) {
    for (Map.Entry<String, String> header : source.headers().entrySet()) {
      template.removeHeader(header.getKey());
      template.header(header.getKey(), header.getValue());
    }
  }

  public TokenSource source() {
    return source;
  }
}
