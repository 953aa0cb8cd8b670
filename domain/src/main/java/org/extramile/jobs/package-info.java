/**
 * Scheduled jobs that run once per cluster: every node checks on a timer whether a job is due; the node that takes the
 * job's cluster lock reads the job's last run under it, runs the job if it is still due and records the run. An
 * administrator may run a job at once. See docs/deployment.md.
 */
package org.extramile.jobs;
