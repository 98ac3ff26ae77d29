const { readdirSync, readFileSync, writeFileSync } = require("fs")

// Linux /proc readings of a process group (a `medusa start` and any children).

/** The fields of /proc/<pid>/stat after the command name (which may contain spaces): [0] is field 3. */
function statFields(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")
}

/** Pids of every process in a process group. */
function groupPids(pgid) {
  const pids = []
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (Number(statFields(entry)[2]) === pgid) pids.push(Number(entry)) // field 5: process group
    } catch {
      // the process ended meanwhile
    }
  }
  return pids
}

/** CPU seconds (user + system) used so far by the group's processes. */
function cpuSeconds(pgid) {
  const TICKS_PER_SECOND = 100 // USER_HZ on Linux
  let ticks = 0
  for (const pid of groupPids(pgid)) {
    try {
      const fields = statFields(pid)
      ticks += Number(fields[11]) + Number(fields[12]) // fields 14 and 15: utime, stime
    } catch {
      // ended meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND
}

function statusKb(pid, field) {
  const match = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))
  return match ? Number(match[1]) : 0
}

/** Peak resident memory (VmHWM) of the largest process in the group, in MB, and the sum over the group. */
function peakRssMb(pgid) {
  const peaks = groupPids(pgid).map((pid) => {
    try {
      return statusKb(pid, "VmHWM")
    } catch {
      return 0
    }
  })
  return { largest: Math.max(0, ...peaks) / 1024, total: peaks.reduce((sum, kb) => sum + kb, 0) / 1024, processes: peaks.length }
}

/** Resident memory now (VmRSS) of the group's processes together, in MB. */
function currentRssMb(pgid) {
  return groupPids(pgid).reduce((sum, pid) => {
    try {
      return sum + statusKb(pid, "VmRSS") / 1024
    } catch {
      return sum
    }
  }, 0)
}

/** One process: resident memory now (VmRSS) and its peak so far (VmHWM), in MB. */
function processRssMb(pid) {
  return { rss: statusKb(pid, "VmRSS") / 1024, hwm: statusKb(pid, "VmHWM") / 1024 }
}

/**
 * Resets a process's peak resident memory (VmHWM) to its resident memory now
 * (`echo 5 > /proc/<pid>/clear_refs`, Linux 4.0+; needs the same user or
 * root). Answers false when the kernel refused, so that the caller knows the
 * peak read later may still be the boot's.
 */
function resetPeakRss(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5")
    return true
  } catch {
    return false
  }
}

module.exports = { peakRssMb, currentRssMb, cpuSeconds, processRssMb, resetPeakRss }
