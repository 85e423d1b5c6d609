package dev.brickapi.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.testing.TestClients;
import feign.Request;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One provider class per method behind one interface, asked in the official tools' order. */
class CredentialChooserTest {

  private static String chosen(UnaryOperator<Config.Builder> settings) {
    Config config = settings.apply(TestClients.config("http://127.0.0.1:9")).build();
    return CredentialChooser.choose(config, (request, options) -> {
      throw new AssertionError("no token is fetched while choosing");
    }, new Request.Options(), false).name();
  }

  @Test
  void theFirstMethodWhoseAttributesAreAllPresentWins() {
    assertEquals("pat", chosen(b -> b.token("dapi-x")));
    assertEquals("azure-ad-token", chosen(b -> b.azureAdToken("eyJ-aad")));
    assertEquals("azure-client-secret", chosen(b -> b.azureServicePrincipal("t", "c", "s3cret")));
    assertEquals("oauth-m2m", chosen(b -> b.oauthClient("sp", "s3cret")));
    assertEquals("pat", chosen(b -> b.token("dapi-x").oauthClient("sp", "s3cret")), "a PAT comes first");
    assertEquals("oauth-m2m", chosen(b -> b.azureServicePrincipal("t", "c", "s").oauthClient("sp", "s")),
        "the official tools try Databricks OAuth M2M before an Azure service principal");
  }

  @Test
  void theOrderIsTheOfficialToolsOne() {
    assertEquals(List.of("pat", "azure-ad-token", "basic", "oauth-m2m", "databricks-cli", "github-oidc", "azure-msi",
        "azure-client-secret", "azure-cli", "external-browser"),
        CredentialChooser.DEFAULT_ORDER.stream().map(CredentialsProvider::authType).collect(Collectors.toList()));
  }

  @Test
  void nothingCompleteListsEveryMethodWithWhatItLacks() {
    ConfigException e = assertThrows(ConfigException.class, () -> chosen(b -> b.oauthClient("sp", null)));
    assertTrue(e.getMessage().contains("Tried, in order:\n  - personal access token"), e.getMessage());
    assertTrue(e.getMessage().contains("Azure service principal (ARM_TENANT_ID, ARM_CLIENT_ID, ARM_CLIENT_SECRET; missing "
        + "ARM_TENANT_ID, ARM_CLIENT_ID, ARM_CLIENT_SECRET)"), e.getMessage());
    assertTrue(e.getMessage().contains("OAuth machine-to-machine (DATABRICKS_CLIENT_ID, DATABRICKS_CLIENT_SECRET; missing "
        + "DATABRICKS_CLIENT_SECRET)"), e.getMessage());
  }
}
