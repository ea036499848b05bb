/**
 * The case register (CONTRACT §7, 251号 三(一) 后处理闭环): results in, cases out, events as they happen, and each case
 * as of any date — its §1 request, the same decision, what is done and what is due — plus the worklist across cases.
 * A case is its events: nothing derived is stored.
 */
package io.spotcheck.register;
