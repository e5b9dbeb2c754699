package io.github.reformplan.engine;

import io.github.reformplan.read.DocumentReader;

/** A file as read, for {@link InputRule}s: its name and either its document or why it is unreadable. */
public record InputContext(String file, DocumentReader.Result read) {
}
