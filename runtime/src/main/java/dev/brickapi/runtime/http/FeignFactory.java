package dev.brickapi.runtime.http;

import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.auth.AuthInterceptor;
import dev.brickapi.runtime.auth.TokenSource;
import dev.brickapi.runtime.error.DatabricksErrorDecoder;
import dev.brickapi.runtime.retry.RetryPolicy;
import dev.brickapi.runtime.retry.Throttle;
import dev.brickapi.runtime.json.JsonCodec;
import feign.Client;
import feign.Contract;
import feign.Feign;
import java.util.ArrayList;
import java.util.List;

/**
 * Wires the runtime's Feign seams once per client: transport (logged), JSON codec (one shared Jackson
 * mapper), error decoder, retry policy, throttle, user agent and authentication. Then makes one proxy per
 * interface.
 */
public final class FeignFactory {
  private final Feign feign;
  private final String url;

  public FeignFactory(Config config, Client transport, TokenSource tokens, Contract contract) {
    List<String> secrets = new ArrayList<>(config.secrets());
    Redactor redactor = new Redactor(secrets);
    JsonCodec codec = new JsonCodec(JsonCodec.newMapper()
        .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL));
    Feign.Builder builder = Feign.builder()
        .client(new LoggingClient(transport, redactor))
        .contract(contract)
        .encoder(codec)
        .decoder(new CheckedDecoder(codec, redactor))
        .doNotCloseAfterDecode() // CheckedDecoder closes every body but a streamed one (BinaryResponse)
        .errorDecoder(new DatabricksErrorDecoder(redactor, tokens))
        .retryer(new RetryPolicy(config.retryDeadline(), config.retryBaseDelay()))
        .options(Transports.options(config))
        .requestInterceptor(template -> {
          template.removeHeader("User-Agent");
          template.header("User-Agent", UserAgent.VALUE);
        });
    if (config.maxRequestsPerSecond() > 0) {
      builder.requestInterceptor(new Throttle(config.maxRequestsPerSecond()));
    }
    this.feign = builder.requestInterceptor(new AuthInterceptor(tokens)).build();
    this.url = config.host();
  }

  /** A new proxy of a generated interface against the configured host. */
  public <T> T create(Class<T> type) {
    return feign.newInstance(new feign.Target.HardCodedTarget<>(type, url));
  }
}
