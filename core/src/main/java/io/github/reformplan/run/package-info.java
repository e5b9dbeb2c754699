/**
 * One validation run as every front end performs it — the command line, the Maven plugin, the local
 * server: settings to a validator ({@link io.github.reformplan.run.RunSettings}), then sources to
 * findings, the baseline, and the reports ({@link io.github.reformplan.run.ValidationRun}), so that the
 * front ends only translate their options and print what the run says.
 */
package io.github.reformplan.run;
