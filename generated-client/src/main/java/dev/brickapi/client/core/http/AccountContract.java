package dev.brickapi.client.core.http;

import feign.Contract;
import feign.MethodMetadata;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Account API's generated interfaces keep {@code {account_id}} in their paths: this contract fills in the
 * configured account id once, when Feign parses each interface.
 */
public final class AccountContract extends Contract.Default {
  private final String encodedAccountId;

  public AccountContract(String accountId) {
    this.encodedAccountId = URLEncoder.encode(accountId, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  protected MethodMetadata parseAndValidateMetadata(Class<?> targetType, Method method) {
    MethodMetadata md = super.parseAndValidateMetadata(targetType, method);
    String path = md.template().path();
    if (path.contains("{account_id}")) {
      md.template().uri(path.replace("{account_id}", encodedAccountId));
    }
    return md;
  }
}
