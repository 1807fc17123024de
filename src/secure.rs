//! Keeping the PIN to this process while it holds one.

/// Marks the process as holding a secret: on Linux it becomes non-dumpable
/// (no core file with the PIN in it, and other processes of the same user
/// cannot read its memory through /proc or attach a debugger). Cheap and
/// idempotent: called wherever a PIN is read or typed.
pub fn holding_pin() {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{DumpableBehavior, set_dumpable_behavior};
        if let Err(e) = set_dumpable_behavior(DumpableBehavior::NotDumpable) {
            tracing::warn!("could not keep the PIN out of core dumps: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    #[cfg(target_os = "linux")]
    fn a_process_holding_the_pin_is_not_dumpable() {
        super::holding_pin();
        assert_eq!(
            rustix::process::dumpable_behavior().unwrap(),
            rustix::process::DumpableBehavior::NotDumpable
        );
    }
}
