package dev.brickapi.codegen.model;

/**
 * One input document.
 *
 * @param name the document's name as problems and generated files mention it ({@code 2.0/clusters.yaml})
 * @param javaPackage the package its types and services go to
 * @param account whether its services live on the account host ({@code x-brickapi-scope: account})
 * @param selected whether its services are generated (false when it is only a source of types)
 * @param clientParameters path parameters the client fills itself ({@code x-brickapi-client-parameters}):
 *     they are left out of the Java methods and stay in the request line for the runtime to fill
 */
public record DocumentInfo(
    String name,
    String title,
    String version,
    String description,
    String javaPackage,
    boolean account,
    boolean selected,
    java.util.List<String> clientParameters) {

  public DocumentInfo {
    clientParameters = java.util.List.copyOf(clientParameters);
  }
}
