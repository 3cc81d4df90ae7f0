// wasm-split reads the linker's relocation sections: keep them, for the app's wasm binary only
// (not for tests or the crypto worker, and without touching RUSTFLAGS, so the dependency
// cache stays valid).
fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=career-deck=--emit-relocs");
    }
}
