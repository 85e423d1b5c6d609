package dev.brickapi.runtime.http;

import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.ProxySettings;
import feign.Client;
import feign.Request;
import feign.hc5.ApacheHttp5Client;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The default transport: Apache HttpClient 5 (classic) through feign-hc5. Chosen by measurement (see
 * docs/client-runtime.md): I/O on the calling thread, pooled keep-alive connections, PATCH, transparent
 * gzip, proxies. Its own retries are off, so only {@code RetryPolicy} decides what is sent twice; its
 * connections never log headers or wire bytes ({@link QuietConnectionFactory}).
 */
public final class Transports {
  /**
   * A pooled connection idle for longer is checked (a 1 ms read) before it carries a request, so a POST is never
   * written on a connection the server or a load balancer closed meanwhile, and then wrongly reported as maybe
   * received. Back-to-back calls, idle for microseconds, skip the check.
   */
  static final TimeValue VALIDATE_AFTER_IDLE = TimeValue.ofMilliseconds(100);

  private Transports() {}

  /**
   * The user's client when configured (streamed upload bodies are read into memory for it), else a pooled Apache
   * HttpClient 5 that streams them.
   */
  public static Client create(Config config) {
    return config.client() != null ? StreamingTransport.buffering(config.client()) : apache(config);
  }

  /** Connect and read timeouts of every call; redirects are not followed (they would carry the token on). */
  public static Request.Options options(Config config) {
    return new Request.Options(config.connectTimeout(), config.readTimeout(), false);
  }

  static Client apache(Config config) {
    PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
        .setConnectionFactory(QuietConnectionFactory.INSTANCE)
        .setMaxConnTotal(64)
        .setMaxConnPerRoute(32)
        .setDefaultConnectionConfig(ConnectionConfig.custom()
            .setConnectTimeout(Timeout.of(config.connectTimeout()))
            .setSocketTimeout(Timeout.of(config.readTimeout()))
            .setValidateAfterInactivity(VALIDATE_AFTER_IDLE)
            .build())
        .build();
    HttpClientBuilder builder = HttpClientBuilder.create()
        .setConnectionManager(pool)
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .evictIdleConnections(TimeValue.ofSeconds(30))
        .setUserAgent(UserAgent.VALUE);
    ProxySettings proxy = config.proxy();
    if (proxy != null) {
      HttpHost host = new HttpHost(proxy.host(), proxy.port());
      builder.setProxy(host);
      if (proxy.username() != null) {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(proxy.username(),
            proxy.password() == null ? new char[0] : proxy.password().toCharArray()));
        builder.setDefaultCredentialsProvider(credentials);
      }
    } else {
      builder.useSystemProperties(); // http(s).proxyHost, proxyPort, nonProxyHosts and their Authenticator
    }
    org.apache.hc.client5.http.impl.classic.CloseableHttpClient http = builder.build();
    return new StreamingTransport(http, new ApacheHttp5Client(http));
  }

}
