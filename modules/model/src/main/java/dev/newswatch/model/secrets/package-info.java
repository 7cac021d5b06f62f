/** Sealing secrets at rest (AES-256-GCM) and the keys that do it. */
package dev.newswatch.model.secrets;
