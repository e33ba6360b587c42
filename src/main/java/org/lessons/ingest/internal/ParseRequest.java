package org.lessons.ingest.internal;

/**
 * One file for the parse worker.
 *
 * @param path where the file is
 * @param name the name whose extension may narrow the type its content shows (plain text to Markdown), never
 *     change it
 * @param limits what the worker may accept and produce
 * @param typeOnly only detect and check the type, without parsing: how an upload is vetted before it is stored
 */
public record ParseRequest(String path, String name, ParseLimits limits, boolean typeOnly) {}
