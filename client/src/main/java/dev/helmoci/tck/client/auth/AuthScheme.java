package dev.helmoci.tck.client.auth;

/** Authentication schemes a registry may challenge with; anything else is {@link #UNKNOWN}. */
public enum AuthScheme {
  BASIC,
  BEARER,
  UNKNOWN
}
