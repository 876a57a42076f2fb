/**
 * File uploads: {@code upload.type}, {@code upload.content-sniffing}, {@code upload.size} and {@code upload.malware},
 * with the files they send, all generated in code.
 */
package dev.readiness.upload;
