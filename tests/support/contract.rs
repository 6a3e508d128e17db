//! The official Bot API contract, read from the machine-readable dataset that lives outside
//! the repository (`../shared/telegram-bot-api/api.min.json`).
//!
//! The fake server uses it to check every request the bot sends (the method exists, every
//! required parameter is there, no parameter is unknown, values have the right shape) and every
//! object the server serves (teloxide rejects an object that lacks a required field, so a fake
//! that serves incomplete objects would hide bugs or invent them).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use serde::Deserialize;
use serde_json::{Map, Value};

/// Where the contract is expected, relative to the crate root.
pub fn default_contract_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/telegram-bot-api/api.min.json")
}

/// Why the contract could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ContractError {
    #[error("Bot API contract not found at {}: contract checks skipped", .0.display())]
    Missing(PathBuf),
    #[error("Bot API contract at {} is unreadable: {}", .0.display(), .1)]
    Unreadable(PathBuf, String),
}

/// One parameter of a method or one field of a type.
#[derive(Debug, Clone, Deserialize)]
pub struct Field {
    pub name: String,
    pub types: Vec<String>,
    pub required: bool,
    #[serde(default)]
    pub description: String,
}

/// One Bot API method.
#[derive(Debug, Clone, Deserialize)]
pub struct Method {
    pub name: String,
    #[serde(default)]
    pub returns: Vec<String>,
    #[serde(default, rename = "fields")]
    pub params: Vec<Field>,
}

impl Method {
    pub fn param(&self, name: &str) -> Option<&Field> {
        self.params.iter().find(|f| f.name == name)
    }
}

/// One Bot API type: either an object with fields or a union of subtypes.
#[derive(Debug, Clone, Deserialize)]
pub struct TypeDef {
    pub name: String,
    #[serde(default)]
    pub fields: Option<Vec<Field>>,
    #[serde(default)]
    pub subtypes: Option<Vec<String>>,
}

#[derive(Deserialize)]
struct RawContract {
    #[serde(default)]
    version: String,
    methods: HashMap<String, Method>,
    types: HashMap<String, TypeDef>,
}

/// The parsed contract. Method lookup is case-insensitive, as Telegram's is.
#[derive(Debug)]
pub struct Contract {
    pub version: String,
    methods: HashMap<String, Method>,
    types: HashMap<String, TypeDef>,
}

impl Contract {
    /// Parses the dataset at `path`.
    pub fn load(path: &Path) -> Result<Contract, ContractError> {
        let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => ContractError::Missing(path.to_path_buf()),
            _ => ContractError::Unreadable(path.to_path_buf(), e.to_string()),
        })?;
        Contract::from_json(&text).map_err(|e| ContractError::Unreadable(path.to_path_buf(), e))
    }

    /// Parses the dataset from its text.
    pub fn from_json(text: &str) -> Result<Contract, String> {
        let raw: RawContract = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let methods = raw
            .methods
            .into_values()
            .map(|m| (m.name.to_ascii_lowercase(), m))
            .collect();
        Ok(Contract {
            version: raw.version,
            methods,
            types: raw.types,
        })
    }

    /// Loads the contract once per process and path. A missing file prints one line and
    /// yields `Ok(None)` so that a fresh clone (without the shared dataset) still passes.
    pub fn load_cached(path: &Path) -> Result<Option<Arc<Contract>>, String> {
        type Cache = Mutex<HashMap<PathBuf, Result<Option<Arc<Contract>>, String>>>;
        static CACHE: OnceLock<Cache> = OnceLock::new();
        let cache = CACHE.get_or_init(Default::default);
        let mut cache = cache.lock().unwrap_or_else(|p| p.into_inner());
        cache
            .entry(path.to_path_buf())
            .or_insert_with(|| match Contract::load(path) {
                Ok(c) => Ok(Some(Arc::new(c))),
                Err(e @ ContractError::Missing(_)) => {
                    eprintln!("{e}");
                    Ok(None)
                }
                Err(e) => Err(e.to_string()),
            })
            .clone()
    }

    /// The method called `name`, compared case-insensitively.
    pub fn method(&self, name: &str) -> Option<&Method> {
        self.methods.get(&name.to_ascii_lowercase())
    }

    pub fn type_def(&self, name: &str) -> Option<&TypeDef> {
        self.types.get(name)
    }

    /// Checks a request's parameters (already typed, see [`Contract::coerce`]) against the
    /// method. Returns one problem per line, phrased like Telegram's "Bad Request: …" tails.
    /// `attached` names multipart file parts, which may carry names that are not parameters
    /// (they are referenced as `attach://<name>`).
    pub fn check_request(
        &self,
        method: &Method,
        params: &Map<String, Value>,
        attached: &[String],
    ) -> Vec<String> {
        let mut problems = Vec::new();
        for field in &method.params {
            match params.get(&field.name) {
                None | Some(Value::Null) if field.required => {
                    problems.push(format!("required parameter \"{}\" is missing", field.name))
                }
                None | Some(Value::Null) => {}
                Some(value) => {
                    if let Some(p) = self.check_any(&field.types, value, &field.name) {
                        problems.push(p);
                    }
                }
            }
        }
        for name in params.keys() {
            if method.param(name).is_none() && !attached.iter().any(|a| a == name) {
                problems.push(format!("unknown parameter \"{name}\""));
            }
        }
        problems
    }

    /// Checks a result the server is about to serve against the method's return types.
    pub fn check_result(&self, method: &Method, value: &Value) -> Vec<String> {
        if method.returns.is_empty() {
            return Vec::new();
        }
        let path = format!("{} result", method.name);
        self.check_any(&method.returns, value, &path)
            .into_iter()
            .collect()
    }

    /// Checks `value` against the object type (or union) called `type_name`: required fields
    /// present, no unknown field, field values of the right shape, recursively.
    pub fn check_object(&self, type_name: &str, value: &Value) -> Vec<String> {
        let mut problems = Vec::new();
        self.check_type(type_name, value, type_name, &mut problems);
        problems
    }

    /// Checks `value` against a type expression such as `Integer`, `Array of Update` or
    /// `Message`.
    pub fn check_value(&self, type_expr: &str, value: &Value, path: &str) -> Vec<String> {
        let mut problems = Vec::new();
        self.check_type(type_expr, value, path, &mut problems);
        problems
    }

    /// `None` when `value` matches one of `types`, else the problem for the closest one.
    fn check_any(&self, types: &[String], value: &Value, path: &str) -> Option<String> {
        let mut best: Option<Vec<String>> = None;
        for t in types {
            let problems = self.check_value(t, value, path);
            if problems.is_empty() {
                return None;
            }
            if best.as_ref().is_none_or(|b| problems.len() < b.len()) {
                best = Some(problems);
            }
        }
        best.map(|b| b.join("; "))
    }

    fn check_type(&self, expr: &str, value: &Value, path: &str, out: &mut Vec<String>) {
        let expected = |out: &mut Vec<String>| {
            out.push(format!(
                "\"{path}\" must be {expr}, got {}",
                describe(value)
            ))
        };
        if let Some(inner) = expr.strip_prefix("Array of ") {
            match value {
                Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        self.check_type(inner, item, &format!("{path}[{i}]"), out);
                    }
                }
                _ => expected(out),
            }
            return;
        }
        match expr {
            "Integer" if !(value.is_i64() || value.is_u64()) => expected(out),
            "Float" if !value.is_number() => expected(out),
            "String" if !value.is_string() => expected(out),
            "Boolean" if !value.is_boolean() => expected(out),
            "True" if value != &Value::Bool(true) => expected(out),
            "Integer" | "Float" | "String" | "Boolean" | "True" => {}
            // An upload is a multipart file part (recorded as a string) or a file_id/URL.
            "InputFile" if !value.is_string() => expected(out),
            "InputFile" => {}
            name => match self.types.get(name) {
                None => {} // Unknown to the dataset: nothing to check against.
                Some(def) => self.check_def(def, value, path, out),
            },
        }
    }

    fn check_def(&self, def: &TypeDef, value: &Value, path: &str, out: &mut Vec<String>) {
        if let Some(subtypes) = &def.subtypes {
            if let Some(p) = self.check_any(subtypes, value, path) {
                out.push(format!("\"{path}\" is no {}: {p}", def.name));
            }
            return;
        }
        let Value::Object(map) = value else {
            out.push(format!(
                "\"{path}\" must be {}, got {}",
                def.name,
                describe(value)
            ));
            return;
        };
        let fields = def.fields.as_deref().unwrap_or_default();
        for field in fields {
            match map.get(&field.name) {
                None | Some(Value::Null) if field.required => out.push(format!(
                    "\"{path}\" ({}) lacks required field \"{}\"",
                    def.name, field.name
                )),
                None | Some(Value::Null) => {}
                Some(v) => {
                    if let Some(p) =
                        self.check_any(&field.types, v, &format!("{path}.{}", field.name))
                    {
                        out.push(p);
                    }
                }
            }
        }
        for key in map.keys() {
            if !fields.iter().any(|f| &f.name == key) {
                out.push(format!(
                    "\"{path}\" ({}) has unknown field \"{key}\"",
                    def.name
                ));
            }
        }
    }

    /// Turns a string-valued parameter (form, multipart or query string, where everything is
    /// text) into the JSON value the contract's types call for, so checks and recorded calls
    /// look the same whatever encoding the client chose. Unparsable text stays a string and
    /// then fails the type check.
    pub fn coerce(types: &[String], text: &str) -> Value {
        for t in types {
            match t.as_str() {
                "Integer" => {
                    if let Ok(n) = text.trim().parse::<i64>() {
                        return Value::from(n);
                    }
                }
                "Float" => {
                    if let Some(n) = text
                        .trim()
                        .parse::<f64>()
                        .ok()
                        .and_then(|f| serde_json::Number::from_f64(f).map(Value::Number))
                    {
                        return n;
                    }
                }
                "Boolean" | "True" => match text.trim() {
                    "true" | "True" | "1" => return Value::Bool(true),
                    "false" | "False" | "0" => return Value::Bool(false),
                    _ => {}
                },
                "String" | "InputFile" => return Value::String(text.to_owned()),
                _ => {
                    // Arrays and objects travel JSON-serialized.
                    if let Ok(v) = serde_json::from_str::<Value>(text) {
                        if v.is_object() || v.is_array() {
                            return v;
                        }
                    }
                }
            }
        }
        Value::String(text.to_owned())
    }

    /// User fields documented as "Returned only in getMe": teloxide's `Me` requires some of
    /// them, so `getMe` serves all of them.
    pub fn get_me_only_fields(&self) -> Vec<Field> {
        self.types
            .get("User")
            .and_then(|u| u.fields.as_ref())
            .map(|fields| {
                fields
                    .iter()
                    .filter(|f| f.description.contains("Returned only in getMe"))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A short description of a JSON value's kind for error messages.
fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("Boolean {b}"),
        Value::Number(n) => format!("number {n}"),
        Value::String(s) if s.chars().count() > 40 => {
            format!("String \"{}…\"", s.chars().take(40).collect::<String>())
        }
        Value::String(s) => format!("String \"{s}\""),
        Value::Array(_) => "an Array".into(),
        Value::Object(_) => "an object".into(),
    }
}
