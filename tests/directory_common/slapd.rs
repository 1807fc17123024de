//! OpenLDAP's slapd with two trees: an Active Directory-like one
//! (`DC=corp,DC=example,DC=com`: the `user` class, `ipPhone`,
//! `otherTelephone`, `userPrincipalName`, `company`, `department`; only
//! bound users may read it, and a search without paging stops at 1,000
//! entries, as AD's MaxPageSize does) and an OpenLDAP-like one
//! (`dc=example,dc=org`: inetOrgPerson, anonymous reads, numbers in every
//! layout, and hostile entries under `ou=Odd`). Served over ldap://
//! (StartTLS offered) and ldaps:// with a certificate made for the test.

use super::{PASSWORD, Server, free_port};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

pub const AD_BASE: &str = "dc=corp,dc=example,dc=com";
pub const ORG_BASE: &str = "dc=example,dc=org";
/// Ada Lovelace alone (a small sync).
pub const RESEARCH_BASE: &str = "OU=Research,DC=corp,DC=example,DC=com";
/// The hostile entries alone (a small sync).
pub const ODD_BASE: &str = "ou=Odd,dc=example,dc=org";
/// The service account the AD-like tree is read as.
pub const SYNC_UPN: &str = "sync@corp.example.com";
pub const SYNC_DN: &str = "CN=Sync Service,OU=Service,DC=corp,DC=example,DC=com";
/// The directory manager (to change the trees between syncs).
pub const ROOT_DN: &str = "cn=admin,dc=corp,dc=example,dc=com";
pub const ORG_ROOT_DN: &str = "cn=admin,dc=example,dc=org";
pub const ROOT_PASSWORD: &str = "root-secret";

pub struct Slapd {
    _server: Server,
    pub port: u16,
    pub tls_port: u16,
    /// The CA certificate (PEM) the server's certificate is signed by.
    pub ca: PathBuf,
    pub dir: tempfile::TempDir,
    pub ad_people: usize,
    pub org_people: usize,
}

/// One slapd for the whole test binary: 10,000 people in each tree.
pub fn shared() -> &'static Slapd {
    static SLAPD: OnceLock<Slapd> = OnceLock::new();
    SLAPD.get_or_init(|| Slapd::start(10_000, 10_000))
}

fn write_certificates(dir: &Path) -> PathBuf {
    use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "skydial test directory CA");
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();
    let mut leaf = CertificateParams::new(vec!["localhost".into(), "127.0.0.1".into()]).unwrap();
    leaf.distinguished_name
        .push(DnType::CommonName, "skydial test directory");
    let key = KeyPair::generate().unwrap();
    let cert = leaf.signed_by(&key, &ca).unwrap();
    std::fs::write(dir.join("cert.pem"), cert.pem()).unwrap();
    std::fs::write(dir.join("key.pem"), key.serialize_pem()).unwrap();
    let ca_path = dir.join("ca.pem");
    std::fs::write(&ca_path, ca.pem()).unwrap();
    ca_path
}

fn config_ldif(dir: &Path) -> String {
    let d = dir.display();
    let schema =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/directory_common/ad-schema.ldif");
    format!(
        "dn: cn=config
objectClass: olcGlobal
cn: config
olcPidFile: {d}/slapd.pid
olcTLSCertificateFile: {d}/cert.pem
olcTLSCertificateKeyFile: {d}/key.pem
olcSockbufMaxIncomingAuth: 16777216

dn: cn=module{{0}},cn=config
objectClass: olcModuleList
cn: module{{0}}
olcModulePath: /usr/lib/ldap
olcModuleLoad: back_mdb

dn: cn=schema,cn=config
objectClass: olcSchemaConfig
cn: schema

include: file:///etc/ldap/schema/core.ldif
include: file:///etc/ldap/schema/cosine.ldif
include: file:///etc/ldap/schema/inetorgperson.ldif
include: file://{}

dn: olcDatabase={{-1}}frontend,cn=config
objectClass: olcDatabaseConfig
objectClass: olcFrontendConfig
olcDatabase: {{-1}}frontend

dn: olcDatabase={{0}}config,cn=config
objectClass: olcDatabaseConfig
olcDatabase: {{0}}config
olcAccess: {{0}}to * by * none

dn: olcDatabase={{1}}mdb,cn=config
objectClass: olcDatabaseConfig
objectClass: olcMdbConfig
olcDatabase: {{1}}mdb
olcSuffix: {AD_BASE}
olcDbDirectory: {d}/ad
olcDbMaxSize: 4294967296
olcRootDN: {ROOT_DN}
olcRootPW: {ROOT_PASSWORD}
olcLimits: {{0}}* size.soft=1000 size.hard=1000 size.prtotal=unlimited
olcAccess: {{0}}to attrs=userPassword by anonymous auth by * none
olcAccess: {{1}}to attrs=entry,objectClass,userPrincipalName,mail,uid by users read by anonymous read
olcAccess: {{2}}to * by users read by * none

dn: olcDatabase={{2}}mdb,cn=config
objectClass: olcDatabaseConfig
objectClass: olcMdbConfig
olcDatabase: {{2}}mdb
olcSuffix: {ORG_BASE}
olcDbDirectory: {d}/org
olcDbMaxSize: 4294967296
olcRootDN: {ORG_ROOT_DN}
olcRootPW: {ROOT_PASSWORD}
olcLimits: {{0}}* size.soft=1000 size.hard=1000 size.prtotal=unlimited
olcAccess: {{0}}to attrs=userPassword by anonymous auth by * none
olcAccess: {{1}}to * by * read
",
        schema.display()
    )
}

/// LDIF's base64 form for any value (safe for every byte).
pub fn b64(value: &str) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let bytes = value.as_bytes();
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The Active Directory-like tree: `people` users with work (646) and
/// mobile (917) numbers, Ada Lovelace with every kind of number (and a
/// fax), and the service account skydial binds as.
pub fn ad_ldif(people: usize) -> String {
    let mut out = format!(
        "dn: {AD_BASE}\nobjectClass: dcObject\nobjectClass: organization\ndc: corp\no: Example Corp\n\n\
         dn: OU=Staff,{AD_BASE}\nobjectClass: organizationalUnit\nou: Staff\n\n\
         dn: OU=Service,{AD_BASE}\nobjectClass: organizationalUnit\nou: Service\n\n\
         dn: OU=Research,{AD_BASE}\nobjectClass: organizationalUnit\nou: Research\n\n\
         dn: {SYNC_DN}\nobjectClass: user\ncn: Sync Service\nsn: Service\nuserPrincipalName: {SYNC_UPN}\nuserPassword: {PASSWORD}\n\n\
         dn: CN=Ada Lovelace,OU=Research,{AD_BASE}\nobjectClass: user\ncn: Ada Lovelace\nsn: Lovelace\ngivenName: Ada\n\
         displayName: Ada Lovelace\nuserPrincipalName: ada@corp.example.com\ntelephoneNumber: +1 (718) 555-0100\n\
         otherTelephone: 718 555 0101\nipPhone: 7100\nmobile: 718-555-0102\nhomePhone: 7185550103\n\
         facsimileTelephoneNumber: 7185550199\ncompany: Analytical Engines\ndepartment: Research\ntitle: Countess\n\n"
    );
    for i in 0..people {
        let area = 646 + (i / 10_000) as u32 * 10;
        let _ = write!(
            out,
            "dn: CN=Person {i:06},OU=Staff,{AD_BASE}\nobjectClass: user\ncn: Person {i:06}\nsn: P{i:06}\n\
             givenName: Person\ndisplayName: Person {i:06}\nuserPrincipalName: p{i:06}@corp.example.com\n\
             telephoneNumber: +1 ({area}) 555-{:04}\nmobile: {}.555.{:04}\ncompany: Example Corp\n\
             department: Dept {}\ntitle: Engineer\n\n",
            i % 10_000,
            area + 271,
            i % 10_000,
            i % 20
        );
    }
    out
}

/// The OpenLDAP-like tree: inetOrgPerson, numbers in every layout (212),
/// and hostile entries: reordering and control characters in a name, a
/// name of a megabyte, 10,000 numbers, a name that is a filter.
pub fn org_ldif(people: usize) -> String {
    let mut out = format!(
        "dn: {ORG_BASE}\nobjectClass: dcObject\nobjectClass: organization\ndc: example\no: Example Org\n\n\
         dn: ou=People,{ORG_BASE}\nobjectClass: organizationalUnit\nou: People\n\n\
         dn: ou=Odd,{ORG_BASE}\nobjectClass: organizationalUnit\nou: Odd\n\n"
    );
    for i in 0..people {
        let n = i % 10_000;
        let number = match i % 4 {
            0 => format!("212.555.{n:04}"),
            1 => format!("+1 212 555 {n:04}"),
            2 => format!("(212) 555-{n:04}"),
            _ => format!("+1212555{n:04}"),
        };
        // Half have a displayName; the others are named by cn.
        let display = if i % 2 == 0 {
            format!("displayName: Org Person {i:05}\n")
        } else {
            String::new()
        };
        let _ = write!(
            out,
            "dn: uid=user{i:05},ou=People,{ORG_BASE}\nobjectClass: inetOrgPerson\nuid: user{i:05}\n\
             cn: Org Person {i:05}\nsn: Person\ngivenName: Org\n{display}telephoneNumber: {number}\n\
             o: Example Org\nou: Sales\n\n"
        );
    }
    let bidi = "Mallory \u{202e}evil\u{202c} \u{1b}[2J\u{7}Smith";
    let _ = write!(
        out,
        "dn: uid=bidi,ou=Odd,{ORG_BASE}\nobjectClass: inetOrgPerson\nuid: bidi\ncn: bidi\nsn: x\n\
         displayName:: {}\ntelephoneNumber: 303 555 0001\n\n",
        b64(bidi)
    );
    let _ = write!(
        out,
        "dn: uid=huge,ou=Odd,{ORG_BASE}\nobjectClass: inetOrgPerson\nuid: huge\ncn: huge\nsn: x\n\
         displayName: {}\ntelephoneNumber: 303 555 0002\n\n",
        "N".repeat(1 << 20)
    );
    let _ = write!(
        out,
        "dn: uid=many,ou=Odd,{ORG_BASE}\nobjectClass: inetOrgPerson\nuid: many\ncn: Many Numbers\nsn: x\n"
    );
    for i in 0..10_000 {
        let _ = writeln!(out, "telephoneNumber: 404 555 {i:04}");
    }
    out.push('\n');
    let _ = write!(
        out,
        "dn: uid=inject,ou=Odd,{ORG_BASE}\nobjectClass: inetOrgPerson\nuid: inject\ncn:: {}\nsn: x\n\
         telephoneNumber: 303 555 0003\n\n",
        b64("*)(cn=*")
    );
    out
}

fn run(program: &str, args: &[&str]) {
    let out = Command::new(program).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{program} {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

impl Slapd {
    /// Builds the configuration and both trees offline (slapadd), then
    /// serves them.
    pub fn start(ad_people: usize, org_people: usize) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for sub in ["conf", "ad", "org"] {
            std::fs::create_dir(d.join(sub)).unwrap();
        }
        let ca = write_certificates(d);
        std::fs::write(d.join("config.ldif"), config_ldif(d)).unwrap();
        std::fs::write(d.join("ad.ldif"), ad_ldif(ad_people)).unwrap();
        std::fs::write(d.join("org.ldif"), org_ldif(org_people)).unwrap();
        let conf = d.join("conf");
        let conf = conf.to_str().unwrap();
        run(
            "slapadd",
            &[
                "-F",
                conf,
                "-n",
                "0",
                "-l",
                d.join("config.ldif").to_str().unwrap(),
            ],
        );
        for (base, file) in [(AD_BASE, "ad.ldif"), (ORG_BASE, "org.ldif")] {
            run(
                "slapadd",
                &[
                    "-F",
                    conf,
                    "-q",
                    "-b",
                    base,
                    "-l",
                    d.join(file).to_str().unwrap(),
                ],
            );
        }
        let (port, tls_port) = (free_port(), free_port());
        let server = Server::start(
            "slapd",
            &[
                "-h".into(),
                format!("ldap://127.0.0.1:{port}/ ldaps://127.0.0.1:{tls_port}/"),
                "-F".into(),
                conf.into(),
                "-d".into(),
                "0".into(),
            ],
            &d.join("slapd.log"),
        );
        server.wait_for(port);
        server.wait_for(tls_port);
        Self {
            _server: server,
            port,
            tls_port,
            ca,
            dir,
            ad_people,
            org_people,
        }
    }

    pub fn ldap_url(&self) -> String {
        format!("ldap://127.0.0.1:{}", self.port)
    }

    pub fn ldaps_url(&self) -> String {
        format!("ldaps://127.0.0.1:{}", self.tls_port)
    }

    /// Changes a tree as its manager would (`ldapmodify` with LDIF).
    pub fn modify(&self, root_dn: &str, ldif: &str) {
        let file = self.dir.path().join("change.ldif");
        std::fs::write(&file, ldif).unwrap();
        run(
            "ldapmodify",
            &[
                "-x",
                "-H",
                &self.ldap_url(),
                "-D",
                root_dn,
                "-w",
                ROOT_PASSWORD,
                "-f",
                file.to_str().unwrap(),
            ],
        );
    }
}
