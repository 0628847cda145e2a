# The report of a content update, in English: `borne update apply` prints it when the
# system language is English. The kiosk writes the French one (fr.ftl) on sticks.
# Same list of ids as fr.ftl.

report-title = Report of kiosk { $kiosk } — { $date }
report-none = No update on this stick (no .borne file in the borne/ folder).
report-found = Found: { $file }
report-applied = Installed: content { $pack } version { $version } ({ $nodes } screens, { $languages } languages). Previous version: { $previous }. It is kept: `borne content rollback` goes back to it.
report-refused = Refused: { $reason }
report-kept = The kiosk's content has not changed.
report-stats = Statistics copied into borne/stats/ ({ $files } files).
report-stats-failed = The statistics could not be copied: { $reason }
report-remove = You can remove the USB stick.

# Why a bundle is refused, in plain words.
reason-no-signature = the signature is missing ({ $file }.minisig): sign the file with `borne content sign` or `minisign -S`.
reason-unknown-key = the file is signed with a key this kiosk does not know (add the public key to [usb] trusted_keys).
reason-bad-signature = the signature does not match the file: it was changed or damaged after it was signed.
reason-no-trusted-keys = no trusted key is set on this kiosk ([usb] trusted_keys in borne.toml).
reason-other-pack = this file holds another content ({ $found }) than the kiosk's ({ $installed }).
reason-not-newer = version { $found } is not newer than the installed one ({ $installed }).
reason-needs-newer-borne = this content needs a newer version of the kiosk's software ({ $version }).
reason-invalid-pack = the content has { $count } error(s); the first: { $first }
reason-unsafe = the file holds something forbidden or dangerous ({ $detail }).
reason-damaged = the file is damaged or is not a borne content file ({ $detail }).
reason-storage = the kiosk could not write the new content ({ $detail }).
reason-legacy-signature = the file is signed in minisign's legacy format: sign it with `minisign -S` without `-l`, or with `borne content sign`.
reason-signature-too-large = the signature file is too large (over { $max } bytes): it is not a minisign signature.
reason-unreadable-signature = the signature file (.minisig) cannot be read as a minisign signature ({ $detail }).
reason-stick-unreadable = the file could not be read from the stick ({ $detail }).

# Statistics go only onto the operator's stick.
report-stats-not-authorized = Statistics are copied only onto a stick the operator authorized (borne keys authorize-stick --key borne.key --stick <the stick's folder>). They were not copied: { $reason }
token-missing = this stick carries no authorization (borne/operator.token and its signature).
token-signature = the authorization is not signed by a key this kiosk trusts ({ $detail }).
token-invalid = the authorization is not valid ({ $detail }).

# A .borne file refused because of what it holds: the kiosk is not at fault.
bundle-unreadable = the file could not be read from the stick ({ $detail }).
bundle-not-a-bundle = this is not a borne content file (a gzip-compressed tar archive, as `borne content build` writes).
bundle-no-manifest = the file does not start with its description (manifest.toml): it was not made by `borne content build`.
bundle-bad-manifest = the content's description (manifest.toml) cannot be read ({ $detail }).
bundle-newer-format = this file is in format { $format }, newer than this kiosk reads: update the kiosk's software.
bundle-too-large = the file is over the allowed size ({ $max } bytes).
bundle-absolute-path = the entry “{ $entry }” has an absolute path, which is forbidden for safety.
bundle-parent-path = the entry “{ $entry }” goes out of its folder (..), which is forbidden for safety.
bundle-link = the entry “{ $entry }” is a link, which is forbidden for safety.
bundle-special-file = the entry “{ $entry }” is a device, a pipe or another special file, which is forbidden for safety.
bundle-duplicate = the entry “{ $entry }” appears twice in the file.
bundle-path-conflict = the entry “{ $entry }” uses a file as a folder.
bundle-path-too-long = the path of the entry “{ $entry }” is too long (at most { $max } bytes, and 255 per name): the file is refused, the kiosk is not at fault.
bundle-path-too-deep = the entry “{ $entry }” is stored too deep (at most { $max } nested folders): the file is refused, the kiosk is not at fault.
bundle-bad-name = the name of the entry “{ $entry }” is not valid text.
bundle-outside-pack = the entry “{ $entry }” is outside the content's folder (pack/).
bundle-too-many-entries = the file holds more than { $max } entries.
bundle-file-too-large = the entry “{ $entry }” is over the allowed size.
bundle-unpacks-too-large = once uncompressed, the content would be over { $max } bytes.
bundle-compression-ratio = the content uncompresses to more than { $ratio } times its size (a decompression bomb).
bundle-manifest-count = its description announces { $said-files } files and { $said-bytes } bytes, but the archive holds { $files } files and { $bytes } bytes.
bundle-trailing-data = data follows the end of the archive: the file was damaged or changed after it was made.
bundle-changed = the file changed while it was read: copy it onto the stick again and plug the stick in again.
bundle-damaged = the file is damaged ({ $detail }): make it again with `borne content build` and copy it again.
