// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Parsing;
using Bulletin.Model.Validation;
using CsCheck;

namespace Bulletin.Model.Tests.Validation;

/// <summary>Validating whatever a string parses into never throws.</summary>
public sealed class BulletinValidatorPropertyTests
{
    private static readonly Gen<string> s_figures = Gen.String[Gen.Char[
        "0123456789.,，。、；%  由从至到增长下降合计其中占分别约合美元人民币亿万倍个百分点比上年同比\n#【】"], 0, 300];

    [Fact]
    public void Validate_AnyParsedString_NeverThrows() =>
        s_figures.Sample(text =>
        {
            if (BulletinParser.Default.Parse(text).Value is { } issue)
            {
                var result = BulletinValidator.Default.Validate(issue);
                Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Message)));
            }
        }, iter: 5000);
}
