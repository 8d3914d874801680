package org.passerelle.common.http;

/** A response body already serialised to JSON (to compute its ETag); written as is. */
public record JsonBytes(byte[] bytes) {
}
